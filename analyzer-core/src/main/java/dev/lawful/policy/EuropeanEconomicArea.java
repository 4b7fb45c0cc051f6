package dev.lawful.policy;

import java.util.Locale;
import java.util.Set;

/**
 * The countries where the GDPR applies directly, so that sending personal data there is not a
 * transfer under Chapter V: the 27 EU member states and Iceland, Liechtenstein and Norway.
 * The one place in the code that lists them.
 */
public final class EuropeanEconomicArea {

    /** ISO 3166-1 alpha-2 codes of the EU member states (Greece as GR; EU texts write EL). */
    private static final Set<String> EU_MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The EFTA states in the EEA Agreement, which applies the GDPR. */
    private static final Set<String> EEA_EFTA_STATES = Set.of("IS", "LI", "NO");

    /** Codes a policy may use for "somewhere in the EU/EEA" or for Greece as EU texts write it. */
    private static final Set<String> REGION_CODES = Set.of("EU", "EEA", "EL");

    private EuropeanEconomicArea() {
    }

    /** Whether {@code country} (an ISO 3166-1 alpha-2 code, any case) is in the EU/EEA. */
    public static boolean contains(String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        return EU_MEMBER_STATES.contains(code) || EEA_EFTA_STATES.contains(code) || REGION_CODES.contains(code);
    }
}
