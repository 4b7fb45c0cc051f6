package signals.annotation;

import jakarta.validation.constraints.Email;

public class Customer {
    @Email
    private String contact; // fires: annotation
    private String remark; // silent: annotation
}
