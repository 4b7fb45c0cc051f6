package dev.lawful.check;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The one registry of rules: every policy lint rule and every check over code and
 * recipients, as {@code META-INF/services/dev.lawful.check.Check} lists them. The analysis,
 * the policy lint, the reports' rule legends and the generated docs all read it.
 */
public final class Checks {

    private Checks() {
    }

    /** Fresh instances of every registered rule, in the order the registry lists them. */
    public static List<Check> all() {
        return ServiceLoader.load(Check.class, Check.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
