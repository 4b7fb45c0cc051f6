package org.acme.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class CreditCardInfo {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.name
    private String nameOnCard;

    // lawful: personal user.financial.credit_card
    private String pan;

    // lawful: personal user.financial.credit_card
    private Integer expirationMonth;

    // lawful: personal user.financial.credit_card
    private Integer expirationYear;

    // lawful: personal user.financial.credit_card
    private String cvvCode;

    // lawful: not-personal
    private String cardType;
}
