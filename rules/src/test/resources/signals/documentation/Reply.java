package signals.documentation;

public class Reply {
    /** The e-mail address to answer to. */
    private String target; // fires: documentation
}
