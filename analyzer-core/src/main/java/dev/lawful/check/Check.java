package dev.lawful.check;

import java.util.function.Consumer;

/**
 * One check over the inventory and the policy. Each implementation is annotated with
 * {@link CheckInfo}; it knows the inventory and the policy, never the parser.
 */
public interface Check {

    void run(CheckContext context, Consumer<Finding> findings);

    default CheckInfo info() {
        CheckInfo info = getClass().getAnnotation(CheckInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @CheckInfo");
        }
        return info;
    }
}
