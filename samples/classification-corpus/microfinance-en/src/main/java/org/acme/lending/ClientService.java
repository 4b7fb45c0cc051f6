package org.acme.lending;

import jakarta.persistence.EntityManager;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.PlatformTransactionManager;

public class ClientService {

    // lawful: not-personal
    private final EntityManager entityManager;

    // lawful: not-personal
    private final PlatformTransactionManager transactionManager;

    // lawful: not-personal
    private final CacheManager cacheManager;

    // lawful: not-personal
    private final ClientRepository clientRepository;

    ClientService(EntityManager entityManager, PlatformTransactionManager transactionManager, CacheManager cacheManager,
            ClientRepository clientRepository) {
        this.entityManager = entityManager;
        this.transactionManager = transactionManager;
        this.cacheManager = cacheManager;
        this.clientRepository = clientRepository;
    }
}
