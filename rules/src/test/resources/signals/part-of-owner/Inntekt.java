package signals.partofowner;

import java.math.BigDecimal;

public class Inntekt {
    private BigDecimal belop; // fires: part-of-owner
    private String valuta; // silent: part-of-owner
}
