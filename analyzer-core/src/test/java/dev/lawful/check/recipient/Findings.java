package dev.lawful.check.recipient;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.Finding;
import dev.lawful.policy.Policy;
import dev.lawful.recipient.RecipientUse;
import java.util.ArrayList;
import java.util.List;

/** Runs one check the way the pipeline does and collects its findings. */
final class Findings {

    private Findings() {
    }

    static List<Finding> of(Check check, Policy policy, List<RecipientUse> uses) {
        List<Finding> findings = new ArrayList<>();
        check.run(new CheckContext(policy, List.of(), uses), findings::add);
        return findings;
    }
}
