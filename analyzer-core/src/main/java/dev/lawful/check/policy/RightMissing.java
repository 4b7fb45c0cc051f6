package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(id = "policy-right-missing", severity = Severity.WARNING,
        summary = "The policy does not tell data subjects about one of their rights",
        docs = """
                Art. 13(2)(b) and 14(2)(c) require the policy to tell data subjects of their rights of \
                access, rectification, erasure and restriction; of objection (Art. 21) where a purpose \
                rests on a legitimate interest or a public task, or is direct marketing; and of data \
                portability (Art. 20) where a purpose rests on consent or a contract. The right is not \
                in `rights`. Withdrawal of consent and complaint have rules of their own.

                **Fix:** add the right to `rights`, and say in the policy how to exercise it.""")
public final class RightMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (String right : requiredRights(policy)) {
            if (!PolicyFacts.grants(policy, right)) {
                reporter.report(policy.locate("rights"), null, "The policy does not mention the right of " + right
                        + " (" + article(right) + ")", "Add the right and say how to exercise it.",
                        "rights: [" + String.join(", ", policy.rights()) + (policy.rights().isEmpty() ? "" : ", ")
                                + right + "]\n");
            }
        }
    }

    private static List<String> requiredRights(Policy policy) {
        List<String> rights = new ArrayList<>(List.of("access", "rectification", "erasure", "restriction"));
        boolean objectable = PolicyFacts.anyPurposeReliesOn(policy, "legitimate-interests")
                || PolicyFacts.anyPurposeReliesOn(policy, "public-task")
                || policy.purposes().values().stream().anyMatch(p -> p.directMarketing());
        if (objectable) {
            rights.add("objection");
        }
        if (PolicyFacts.anyPurposeReliesOn(policy, "consent") || PolicyFacts.anyPurposeReliesOn(policy, "contract")) {
            rights.add("portability");
        }
        return rights;
    }

    private static String article(String right) {
        return switch (right) {
            case "access" -> "Art. 15";
            case "rectification" -> "Art. 16";
            case "erasure" -> "Art. 17";
            case "restriction" -> "Art. 18";
            case "portability" -> "Art. 20";
            default -> "Art. 21";
        };
    }
}
