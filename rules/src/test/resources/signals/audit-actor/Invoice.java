package signals.auditactor;

public class Invoice {
    private String createdBy; // fires: audit-actor
    private String reference; // silent: audit-actor
}
