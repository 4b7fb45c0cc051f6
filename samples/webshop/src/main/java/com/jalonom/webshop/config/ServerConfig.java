package com.jalonom.webshop.config;

/** Where the shop's services run. */
public record ServerConfig(String host, String address, int port, String contextPath) {
    // lawful: not-personal (a server's address is not a postal address)
}
