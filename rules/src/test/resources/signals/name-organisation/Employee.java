package signals.nameorganisation;

public class Employee {
    private String employerVatNumber; // fires: name-organisation
    private String phone; // silent: name-organisation
}
