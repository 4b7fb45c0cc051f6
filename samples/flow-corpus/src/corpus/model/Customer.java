package corpus.model;

/** A person with getters and no toString: logging the object prints no personal data. */
public class Customer {

    private Long id;
    private String email;
    private String phoneNumber;
    private String firstName;
    private String lastName;
    private String personnummer;
    private String password;
    private String healthCondition;

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPersonnummer() {
        return personnummer;
    }

    public String getPassword() {
        return password;
    }

    public String getHealthCondition() {
        return healthCondition;
    }
}
