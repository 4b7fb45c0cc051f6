package signals.documentation;

import io.swagger.v3.oas.annotations.media.Schema;

public class Ticket {
    @Schema(description = "The e-mail address to answer to")
    private String replyTo; // fires: documentation
    /** Free text. */
    private String remark; // silent: documentation
}
