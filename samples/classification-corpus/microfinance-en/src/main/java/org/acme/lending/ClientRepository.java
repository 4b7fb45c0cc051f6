package org.acme.lending;

public interface ClientRepository {
}
