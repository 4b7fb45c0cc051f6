package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Controller;
import dev.lawful.policy.Policy;
import java.util.List;
import java.util.stream.Collectors;

@CheckInfo(id = "policy-controller-ambiguous", severity = Severity.WARNING,
        summary = "The controller is several companies, or a company without its business id",
        docs = """
                A data subject must be able to tell which legal person is responsible (Art. 13(1)(a)). \
                When a policy names several companies as one controller they are joint controllers, \
                and Art. 26 requires the essence of their arrangement to be made available; a company \
                named without its business id (organisationsnummer, Y-tunnus) cannot be identified with \
                certainty.

                **Fix:** name the one controller, or say that the companies are joint controllers and \
                who does what; give each entity its `businessId`.""")
public final class ControllerAmbiguous extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        Controller controller = policy.controller();
        if (controller == null) {
            return;
        }
        List<Controller.LegalEntity> entities = controller.entities();
        List<String> withoutId = entities.stream().filter(e -> ControllerMissing.isBlank(e.businessId()))
                .map(Controller.LegalEntity::name).toList();
        if (entities.size() > 1) {
            reporter.report(controller.ref(), null, "The controller '" + controller.name() + "' is "
                    + entities.size() + " companies (" + names(entities) + "): say whether they are joint"
                    + " controllers (Art. 26) and which is responsible for what"
                    + (withoutId.isEmpty() ? "" : "; no business id is given for " + String.join(", ", withoutId)),
                    "Name one controller, or describe the joint-controller arrangement, and give business ids.",
                    """
                    controller:
                      entities:
                        - {name: Company Ab, country: SE, businessId: 556000-0000}
                    """);
        } else if (!withoutId.isEmpty()) {
            reporter.report(controller.ref(), null, "No business id is given for the controller '"
                    + withoutId.get(0) + "'", "Give the company's business id.",
                    "    - {name: " + withoutId.get(0) + ", businessId: 556000-0000}\n");
        }
    }

    private static String names(List<Controller.LegalEntity> entities) {
        return entities.stream().map(Controller.LegalEntity::name).collect(Collectors.joining(", "));
    }
}
