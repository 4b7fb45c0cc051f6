package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-consent-implied", severity = Severity.WARNING,
        summary = "Consent to cookies is implied by using the site",
        docs = """
                Consent must be a freely given, specific, informed and unambiguous indication by a \
                clear affirmative action (Art. 4(11), Art. 7); the ePrivacy Directive (Art. 5(3)) \
                requires it for every cookie that is not strictly necessary. Continuing to use a site \
                is not consent (CJEU C-673/17 Planet49; EDPB Guidelines 05/2020).

                **Fix:** ask for opt-in consent per cookie group before setting the cookies, and set \
                `consent: required`.""")
public final class ConsentImplied extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (CookieGroup group : policy.cookies()) {
            if ("implied".equals(group.consent())) {
                reporter.report(group.ref(), null, "Consent to the cookie group '" + group.id() + "' is implied by"
                        + " use of the site, which is not valid consent (Art. 4(11), 7; ePrivacy Art. 5(3))",
                        "Ask for opt-in consent before setting these cookies.", "    consent: required\n");
            }
        }
    }
}
