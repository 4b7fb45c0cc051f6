package dev.lawful.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EuropeanEconomicAreaTest {

    @Test
    void memberStatesAndTheEftaStatesOfTheEeaAreInside() {
        for (String country : List.of("FI", "SE", "DE", "IE", "MT", "GR", "EL", "IS", "LI", "NO", "fi", " de ", "EU", "EEA")) {
            assertTrue(EuropeanEconomicArea.contains(country), country);
        }
    }

    @Test
    void otherCountriesAreOutsideEvenWithAnAdequacyDecision() {
        for (String country : List.of("US", "GB", "CH", "JP", "IN", "CN", "UK", "")) {
            assertFalse(EuropeanEconomicArea.contains(country), country);
        }
    }
}
