package signals.partofowner;

public class Matrikkeladresse {
    private String teig; // fires: part-of-owner
    private String adressetype; // silent: part-of-owner
}
