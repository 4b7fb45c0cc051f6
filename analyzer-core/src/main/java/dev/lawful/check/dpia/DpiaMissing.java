package dev.lawful.check.dpia;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.SourceRef;
import java.util.List;
import java.util.function.Consumer;

@CheckInfo(id = "dpia-missing", severity = Severity.WARNING,
        summary = "The screening says a DPIA is likely required, and the policy names none",
        docs = """
                Processing "likely to result in a high risk" needs a data-protection impact \
                assessment before it starts (Art. 35(1)). The EDPB-endorsed guidelines WP248 rev.01 \
                say that processing meeting two of their nine criteria (profiling, automated decisions, \
                systematic monitoring, special categories, large scale, combined datasets, vulnerable \
                data subjects, new technology, blocking a right or a service) usually does, and Art. \
                35(3) names three cases that always do. Lawful judges each criterion from the policy and \
                the code (the `ropa` report shows the evidence); two or more are met, or an Art. 35(3) \
                case is, and the rule files have no `dpia`.

                **Fix:** carry out the assessment and name it: `dpia: {reference: DPIA-2024-03, date: \
                "2024-03-01"}`. If you judge that no DPIA is needed, record why in your own documentation \
                and suppress the finding in your configuration.""")
public final class DpiaMissing implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        if (context.policy().dpia() != null || context.policy().purposes().isEmpty()) {
            return;
        }
        DpiaScreening screening =
                new DpiaScreener(context.policy(), context.inventory(), context.recipientUses()).screen();
        if (!screening.likelyRequired()) {
            return;
        }
        List<String> met = screening.criteriaMet().stream().map(Judgement::id).toList();
        List<String> cases = screening.casesMet().stream().map(Judgement::reference).toList();
        String message = "The DPIA screening meets " + met.size() + " of the nine WP248 criteria (" + String.join(", ", met)
                + ")" + (cases.isEmpty() ? "" : " and the case" + (cases.size() > 1 ? "s" : "") + " of "
                + String.join(", ", cases)) + ", but the policy names no impact assessment (Art. 35)";
        SourceRef where = context.policy().locate("id");
        findings.accept(new Finding(info().id(), info().severity(), null, null, where.file(), where.line(),
                where.column(), null, message, new Fix("Name the impact assessment in the rule file", """
                        dpia:
                          reference: DPIA-2024-03   # where the assessment is kept
                          date: "2024-03-01"
                        """, null)));
    }
}
