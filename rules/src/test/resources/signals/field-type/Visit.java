package signals.fieldtype;

import java.net.InetAddress;

public class Visit {
    private InetAddress origin; // fires: field-type
    private String page; // silent: field-type
}
