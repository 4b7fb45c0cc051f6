package corpus.model;

/** A hand-written toString that prints the e-mail address but not the password. */
public class Account {

    private String username;
    private String email;
    private String password;
    private int loginCount;

    public String getEmail() {
        return email;
    }

    @Override
    public String toString() {
        return "Account[" + email + ", logins=" + loginCount + "]";
    }
}
