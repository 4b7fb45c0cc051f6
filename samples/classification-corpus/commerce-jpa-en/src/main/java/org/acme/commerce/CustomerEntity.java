package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "ACME_CUSTOMER")
public class CustomerEntity extends AuditableEntity {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    @Column(name = "CUSTOMER_ID")
    private Long id;

    // lawful: personal user.account.username
    @Column(name = "USER_NAME")
    private String userName;

    // lawful: personal user.contact.email
    @Column(name = "EMAIL_ADDRESS")
    private String emailAddress;

    // lawful: personal user.name
    @Column(name = "FIRST_NAME")
    private String firstName;

    // lawful: personal user.name
    @Column(name = "LAST_NAME")
    private String lastName;

    // lawful: personal user.authorization.credentials
    @Column(name = "PASSWORD")
    private String password;

    // lawful: personal user.authorization.credentials
    @Column(name = "CHALLENGE_ANSWER")
    private String challengeAnswer;

    // lawful: personal user.privacy_preferences
    @Column(name = "RECEIVE_EMAIL")
    private Boolean receiveEmail;

    // lawful: not-personal
    @Column(name = "IS_REGISTERED")
    private boolean registered;

    // lawful: not-personal
    @Column(name = "DEACTIVATED")
    private Boolean deactivated;

    // lawful: personal user.demographic.language
    @Column(name = "LOCALE_CODE")
    private String localeCode;

    // lawful: personal user.demographic.date_of_birth
    @Column(name = "DATE_OF_BIRTH")
    private LocalDate dateOfBirth;

    // lawful: not-personal
    @Transient
    private boolean loggedIn;

    // lawful: link
    @OneToMany(mappedBy = "customer")
    private List<CustomerAddressEntity> customerAddresses;

    // lawful: link
    @OneToMany(mappedBy = "customer")
    private List<CustomerPhoneEntity> customerPhones;
}
