package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import java.util.List;

@CheckInfo(id = "policy-profiling-without-consent", severity = Severity.WARNING,
        summary = "Profiling or direct marketing rests on a basis other than consent, and the policy offers no right to object",
        docs = """
                Profiling and direct marketing are lawful on consent, or on a legitimate interest only \
                if the data subject can object: for direct marketing the objection is absolute \
                (Art. 21(2)-(3)) and it must be brought to their attention explicitly (Art. 21(4)). The \
                purpose is marked `profiling` or `directMarketing`, one of its bases is not consent, and \
                `rights` does not include `objection`.

                **Fix:** add `objection` to `rights` (and say in the policy how to object), or rest the \
                purpose on `consent` alone.""")
public final class ProfilingWithoutConsent extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (PolicyFacts.grants(policy, "objection")) {
            return;
        }
        for (Purpose purpose : policy.purposes().values()) {
            if (!purpose.profiling() && !purpose.directMarketing()) {
                continue;
            }
            List<String> otherBases = purpose.legalBases().stream()
                    .filter(b -> !PolicyFacts.isOrRefines(policy, b, "consent")).toList();
            if (!otherBases.isEmpty() || purpose.legalBases().isEmpty()) {
                String what = purpose.profiling() && purpose.directMarketing() ? "profiling and direct marketing"
                        : purpose.profiling() ? "profiling" : "direct marketing";
                reporter.report(purpose.ref(), null, "The purpose '" + purpose.id() + "' is " + what + " on "
                        + (otherBases.isEmpty() ? "no stated basis" : String.join(", ", otherBases))
                        + ", but the policy gives no right to object (Art. 21)",
                        "Grant the right to object, or rest the purpose on consent alone.",
                        "rights: [" + String.join(", ", policy.rights()) + (policy.rights().isEmpty() ? "" : ", ")
                                + "objection]\n");
            }
        }
    }
}
