package com.example.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ExchangeRate(
        // lawful: not-personal
        String baseCurrency,
        // lawful: not-personal
        String quoteCurrency,
        // lawful: not-personal
        BigDecimal rate,
        // lawful: not-personal
        LocalDate date,
        // lawful: not-personal
        String source) {
}
