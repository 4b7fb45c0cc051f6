package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-controller-missing", severity = Severity.WARNING,
        summary = "The policy does not name the controller",
        docs = """
                Art. 13(1)(a) and 14(1)(a) require the identity and contact details of the controller. \
                The rule files have no `controller` with a `name`.

                **Fix:** add `controller:` with the legal name and address of the company.""")
public final class ControllerMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (policy.controller() == null || isBlank(policy.controller().name())) {
            reporter.report(policy.controller() == null ? policy.locate("id") : policy.controller().ref(), null,
                    "The policy does not name the controller (Art. 13(1)(a))",
                    "Name the controller and its address.", """
                    controller:
                      name: My Company Ab
                      address: Street 1, 00100 City
                    """);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
