package org.acme.lending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A borrower or saver of the microfinance institution. */
@Entity
@Table(name = "m_client")
public class Client {

    // lawful: personal user.unique_id
    @Column(name = "account_no")
    private String accountNumber;

    // lawful: personal user.name
    @Column(name = "firstname")
    private String firstname;

    // lawful: personal user.name
    @Column(name = "middlename")
    private String middlename;

    // lawful: personal user.name
    @Column(name = "lastname")
    private String lastname;

    // lawful: personal user.name
    @Column(name = "display_name")
    private String displayName;

    // lawful: personal user.contact.phone_number
    @Column(name = "mobile_no")
    private String mobileNo;

    // lawful: personal user.contact.email
    @Column(name = "email_address")
    private String emailAddress;

    // lawful: personal user.demographic.date_of_birth
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    // lawful: personal user.demographic.gender
    @ManyToOne
    @JoinColumn(name = "gender_cv_id")
    private CodeValue gender;

    // lawful: not-personal
    @ManyToOne
    @JoinColumn(name = "office_id")
    private Office office;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "staff_id")
    private Staff staff;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "activatedon_userid")
    private AppUser activatedBy;

    // lawful: not-personal
    @Column(name = "activation_date")
    private LocalDate activationDate;

    // lawful: not-personal
    @Column(name = "status_enum")
    private Integer status;

    // lawful: not-personal
    @Column(name = "is_staff")
    private boolean isStaff;
}
