package dev.lawful.report.html;

import dev.lawful.policy.Recipient;
import dev.lawful.policy.Service;
import dev.lawful.policy.Transfer;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Who receives personal data: the policy's recipients, and the services found in the build. */
final class RecipientsSection {

    private final ReportContext context;

    RecipientsSection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        m.raw("<section id=\"recipients\" aria-labelledby=\"recipients-h\">\n")
                .raw("<h2 id=\"recipients-h\">Recipients</h2>\n");
        Map<String, List<RecipientUse>> uses = new TreeMap<>();
        context.result().recipientUses().forEach(u -> uses.computeIfAbsent(u.serviceId(), s -> new java.util.ArrayList<>()).add(u));
        Map<String, Recipient> recipients = context.policy() == null ? Map.of() : context.policy().recipients();
        if (recipients.isEmpty() && uses.isEmpty()) {
            m.raw("<p>The policy names no recipients and none were found in the build.</p>\n</section>\n");
            return;
        }
        m.raw("<table class=\"recipients\">\n<caption>").text("Recipients the policy names").raw("</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Recipient</th><th scope=\"col\">Country</th>")
                .raw("<th scope=\"col\">Transfer safeguard</th><th scope=\"col\">Purposes</th>")
                .raw("<th scope=\"col\">Categories</th><th scope=\"col\">Found in the build</th></tr></thead>\n<tbody>\n");
        recipients.values().forEach(r -> recipientRow(m, r, uses.getOrDefault(r.id(),
                r.service() == null ? List.of() : uses.getOrDefault(r.service(), List.of()))));
        m.raw("</tbody>\n</table>\n");
        undisclosed(m, uses, recipients);
        m.raw("</section>\n");
    }

    private void recipientRow(Markup m, Recipient recipient, List<RecipientUse> found) {
        m.raw("<tr><th scope=\"row\">").text(DataMapSection.recipientLabel(recipient)).raw("</th>")
                .raw("<td>").text(recipient.country() == null ? "not stated" : recipient.country()).raw("</td>")
                .raw("<td>").text(safeguard(recipient.transfer())).raw("</td>")
                .raw("<td>").text(recipient.purposes().stream().map(context::purposeLabel)
                        .collect(Collectors.joining(", "))).raw("</td>")
                .raw("<td>").text(String.join(", ", recipient.categories())).raw("</td>")
                .raw("<td>").text(found.isEmpty() ? "not found" : evidence(found)).raw("</td></tr>\n");
    }

    private void undisclosed(Markup m, Map<String, List<RecipientUse>> uses, Map<String, Recipient> recipients) {
        Map<String, List<RecipientUse>> unnamed = new TreeMap<>(uses);
        recipients.values().forEach(r -> {
            unnamed.remove(r.id());
            if (r.service() != null) {
                unnamed.remove(r.service());
            }
        });
        if (unnamed.isEmpty()) {
            return;
        }
        m.raw("<table class=\"recipients undisclosed\">\n<caption>")
                .text("Services found in the build that the policy does not name").raw("</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Country</th>")
                .raw("<th scope=\"col\">Found in the build</th></tr></thead>\n<tbody>\n");
        unnamed.forEach((serviceId, found) -> {
            Service service = context.policy() == null ? null : context.policy().services().get(serviceId);
            m.raw("<tr><th scope=\"row\">").text(service == null || service.name() == null ? serviceId : service.name())
                    .raw("</th><td>").text(service == null || service.country() == null ? "unknown" : service.country())
                    .raw("</td><td>").text(evidence(found)).raw("</td></tr>\n");
        });
        m.raw("</tbody>\n</table>\n");
    }

    private static String safeguard(Transfer transfer) {
        if (transfer == null) {
            return "none named";
        }
        return transfer.reference() == null ? transfer.mechanism() : transfer.mechanism() + " (" + transfer.reference() + ")";
    }

    private static String evidence(List<RecipientUse> found) {
        return found.stream()
                .map(u -> u.evidence() + " in " + u.file() + (u.line() > 0 ? ":" + u.line() : ""))
                .collect(Collectors.joining("; "));
    }
}
