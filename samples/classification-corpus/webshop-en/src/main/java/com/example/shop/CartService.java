package com.example.shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class CartService {

    // lawful: not-personal
    private static final Logger log = LoggerFactory.getLogger(CartService.class);

    // lawful: not-personal
    private final CustomerRepository customerRepository;

    // lawful: not-personal
    private final EmailService emailService;

    // lawful: not-personal
    private final ProductRepository productRepository;

    // lawful: not-personal
    private final int maxItems;

    CartService(CustomerRepository customerRepository, EmailService emailService,
                ProductRepository productRepository, int maxItems) {
        this.customerRepository = customerRepository;
        this.emailService = emailService;
        this.productRepository = productRepository;
        this.maxItems = maxItems;
    }
}
