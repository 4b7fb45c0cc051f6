package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "ACME_ADDRESS")
public class AddressEntity {

    // lawful: not-personal
    @Id
    @GeneratedValue
    @Column(name = "ADDRESS_ID")
    private Long id;

    // lawful: personal user.contact.address
    @Column(name = "ADDRESS_LINE1")
    private String addressLine1;

    // lawful: personal user.contact.address
    @Column(name = "ADDRESS_LINE2")
    private String addressLine2;

    // lawful: personal user.contact.address
    @Column(name = "CITY")
    private String city;

    // lawful: personal user.contact.address
    @Column(name = "COUNTY")
    private String county;

    // lawful: personal user.contact.address
    @Column(name = "POSTAL_CODE")
    private String postalCode;

    // lawful: personal user.contact.address
    @ManyToOne
    private CountryEntity country;

    // lawful: personal user.contact.phone_number
    @Column(name = "PRIMARY_PHONE")
    private String primaryPhone;

    // lawful: not-personal
    @Column(name = "COMPANY_NAME")
    private String companyName;

    // lawful: personal user.location.precise
    @Column(name = "LATITUDE")
    private Double latitude;

    // lawful: personal user.location.precise
    @Column(name = "LONGITUDE")
    private Double longitude;

    // lawful: not-personal
    @Column(name = "IS_DEFAULT")
    private boolean isDefault;

    // lawful: not-personal
    @Column(name = "IS_BUSINESS")
    private boolean isBusiness;

    // lawful: not-personal
    @Column(name = "VERIFICATION_LEVEL")
    private String verificationLevel;
}
