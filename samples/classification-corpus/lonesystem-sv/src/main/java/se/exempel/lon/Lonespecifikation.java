package se.exempel.lon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Lönebesked för en period. */
public class Lonespecifikation {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Anstalld anstalld;

    // lawful: not-personal
    private YearMonth period;

    // lawful: personal user.financial
    private BigDecimal bruttolon;

    // lawful: personal user.financial
    private BigDecimal nettolon;

    // lawful: personal user.financial
    private BigDecimal preliminarSkatt;

    // lawful: personal user.financial
    private BigDecimal semesterersattning;

    // lawful: personal user.financial.bank_account
    private String utbetalningskonto;

    // lawful: not-personal
    private LocalDate utbetalningsdatum;

    // lawful: not-personal
    private String lonetyp;

    // lawful: link
    private Long anstalldId;

    // lawful: link
    private String attesteradAv;
}
