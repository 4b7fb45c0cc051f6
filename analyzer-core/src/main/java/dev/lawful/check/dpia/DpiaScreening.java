package dev.lawful.check.dpia;

import java.util.List;

/**
 * The screening for a data-protection impact assessment (Art. 35): the nine criteria of
 * WP248 rev.01 and the three cases of Art. 35(3), each judged from the policy and the code.
 *
 * @param criteria the nine criteria, in the guidelines' order
 * @param cases the cases of Art. 35(3), in the article's order
 */
public record DpiaScreening(List<Judgement> criteria, List<Judgement> cases) {

    /** WP248 rev.01: processing that meets two criteria is likely to require a DPIA. */
    public static final int CRITERIA_THRESHOLD = 2;

    public DpiaScreening {
        criteria = List.copyOf(criteria);
        cases = List.copyOf(cases);
    }

    public List<Judgement> criteriaMet() {
        return criteria.stream().filter(Judgement::met).toList();
    }

    public List<Judgement> casesMet() {
        return cases.stream().filter(Judgement::met).toList();
    }

    /** Whether the screening says a DPIA is likely required: two criteria, or an Art. 35(3) case. */
    public boolean likelyRequired() {
        return criteriaMet().size() >= CRITERIA_THRESHOLD || !casesMet().isEmpty();
    }
}
