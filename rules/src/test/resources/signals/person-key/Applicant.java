package signals.personkey;

public class Applicant {
    private String email;
}
