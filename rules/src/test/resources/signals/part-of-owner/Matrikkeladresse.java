package signals.partofowner;

public class Matrikkeladresse {
    private String gardsnr; // fires: part-of-owner
    private String adressetype; // silent: part-of-owner
}
