package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;

@CheckInfo(id = "policy-recipient-country-missing", severity = Severity.NOTE,
        summary = "A recipient's country is not known, so a transfer outside the EU/EEA cannot be ruled out",
        docs = """
                Art. 13(1)(f) requires the policy to say whether data goes to a third country. The \
                recipient has no `country` and is not a service whose country the taxonomy knows.

                **Fix:** give the recipient's `country` (ISO 3166-1 alpha-2).""")
public final class RecipientCountryMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Recipient recipient : policy.recipients().values()) {
            if (recipient.country() == null) {
                reporter.report(recipient.ref(), null, "The country of the recipient '" + recipient.id() + "' is not"
                        + " given, so a transfer outside the EU/EEA cannot be ruled out",
                        "Give the recipient's country.", "    country: SE\n");
            }
        }
    }
}
