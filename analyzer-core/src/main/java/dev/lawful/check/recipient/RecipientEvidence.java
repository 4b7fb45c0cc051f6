package dev.lawful.check.recipient;

import dev.lawful.recipient.RecipientUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a recipient finding is placed, and how its evidence is listed in the message. */
final class RecipientEvidence {

    private static final int EVIDENCE_SHOWN = 3;

    private RecipientEvidence() {
    }

    /** The uses grouped by service, in the order the services were first seen. */
    static Map<String, List<RecipientUse>> byService(List<RecipientUse> uses) {
        Map<String, List<RecipientUse>> byService = new LinkedHashMap<>();
        for (RecipientUse use : uses) {
            byService.computeIfAbsent(use.serviceId(), id -> new ArrayList<>()).add(use);
        }
        return byService;
    }

    /** The first use in the user's own source, where a developer can act on it, else the first use. */
    static RecipientUse placeOf(List<RecipientUse> uses) {
        return uses.stream().filter(RecipientEvidence::isInSource).findFirst().orElse(uses.get(0));
    }

    /** Whether a use is in the user's own source, where a developer can act on it. */
    private static boolean isInSource(RecipientUse use) {
        return use.file().endsWith(".java");
    }

    static String describe(List<RecipientUse> uses) {
        List<String> shown = new ArrayList<>();
        for (RecipientUse use : uses.subList(0, Math.min(EVIDENCE_SHOWN, uses.size()))) {
            shown.add(describe(use));
        }
        String text = String.join("; ", shown);
        int more = uses.size() - shown.size();
        return more > 0 ? text + "; and " + more + " more" : text;
    }

    private static String describe(RecipientUse use) {
        String where = use.line() > 0 ? use.file() + ":" + use.line() : use.file();
        return switch (use.how()) {
            case MAVEN -> "dependency " + use.evidence() + " (" + where + ")";
            case PACKAGE -> "package " + use.evidence() + " (" + where + ")";
            case HOST -> "endpoint " + use.evidence() + " (" + where + ")";
        };
    }
}
