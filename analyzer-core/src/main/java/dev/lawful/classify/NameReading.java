package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.CategoryPattern;
import dev.lawful.classify.CompiledTaxonomy.Role;
import dev.lawful.classify.CompiledTaxonomy.Strength;
import dev.lawful.classify.token.PatternIndex.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tokens of one name (a field name, a column name) say: which category patterns
 * match, what qualifies each match (customerName, productName), and what vetoes it (an
 * exclude pattern, an attribute ending such as emailVerified).
 *
 * @param source where the name comes from, for evidence ("field name", "@Column name")
 * @param name the name as written
 * @param tokens its tokens
 * @param hits category matches that survived longest-match selection, vetoed or not
 * @param actor the audit-actor pattern found, or null
 * @param personReference the person word of a reference by key (customerId), or null
 * @param part the part word that ends the name (line1, expiryDate, holder), or null
 * @param person the person word that is the whole name's head (recipient, kontaktperson), or null
 * @param personAmbiguous whether that word also names something technical or a thing (sender)
 */
record NameReading(String source, String name, List<String> tokens, List<Hit> hits, String actor,
        String personReference, String part, String person, boolean personAmbiguous) {

    /** What the word before a match says: AMBIGUOUS words name a person or something technical (clientName, senderName). */
    enum Qualifier { NONE, PERSON, AMBIGUOUS, NOT_PERSON }

    /**
     * One category pattern found in the name.
     *
     * @param qualifierWord the word that qualifies the match, or null
     * @param veto why the match does not count, or null
     */
    record Hit(String category, Strength strength, String pattern, String matched, Qualifier qualifier,
            String qualifierWord, String veto, Veto vetoKind) {

        boolean counts() {
            return veto == null;
        }
    }

    /** Why a match does not name the data, as a kind the signals weigh. */
    enum Veto {
        NONE,
        /** a person word followed by their other data (kontaktpersonEmail): the later match is the data */
        WHOSE,
        /** an organisation's data ends the name (employerVatNumber) */
        ORGANISATION,
        /** an exclude pattern of the category (fileName) */
        EXCLUDED,
        /** a key-typed field that ends in a key word (addressId) */
        KEY,
        /** qualified by a thing or a technical word (productName, serverIp) */
        THING_QUALIFIED,
        /** ends in a word about the data (emailVerified, emailTemplate) */
        ABOUT_DATA,
        /** a weak word completing an earlier match (the "date" of birthDate) */
        COMPLETES
    }

    /** Words that make a name a key (id, nummer, numero, tunnus), from the language packs. */

    static NameReading read(CompiledTaxonomy taxonomy, String source, String name) {
        return read(taxonomy, source, name, false);
    }

    /**
     * @param keyTyped the field's type holds a key (a number, a UUID), so a name that ends in a
     *     key word (personAddressId, diagnosisId) names a key to the data, not the data; a weak
     *     match before other words and a key word (digitalMailTransactionId) never names the data
     */
    static NameReading read(CompiledTaxonomy taxonomy, String source, String name, boolean keyTyped) {
        List<String> tokens = taxonomy.tokenizer().tokens(name);
        List<Match<CategoryPattern>> matches = taxonomy.categoryMatches(tokens);
        List<Match<Role>> roles = taxonomy.roleMatches(tokens);
        Map<String, String> excluded = Map.of();
        List<Match<CategoryPattern>> positive = new ArrayList<>();
        for (Match<CategoryPattern> match : matches) {
            if (match.value().strength() == Strength.EXCLUDE) {
                excluded = excluded.isEmpty() ? new HashMap<>() : excluded;
                excluded.putIfAbsent(match.value().category(), match.pattern());
            } else {
                positive.add(match);
            }
        }
        List<Match<CategoryPattern>> longest = longestOnly(positive, excluded);
        List<Hit> hits = new ArrayList<>();
        for (Match<CategoryPattern> match : longest) {
            hits.add(hit(taxonomy, match, tokens, roles, excluded, longest, keyTyped));
        }
        Match<Role> head = personHead(tokens, roles);
        String person = head == null ? null : joined(tokens, head.start(), head.end());
        boolean personAmbiguous = head != null && qualifierKind(head, roles) == Qualifier.AMBIGUOUS;
        return new NameReading(source, name, tokens, List.copyOf(hits), actor(taxonomy, tokens, roles, longest), personReference(taxonomy, tokens, roles),
                part(taxonomy, tokens, roles), person, personAmbiguous);
    }

    /** Drops a match that lies inside a longer one ("name" inside "first name"). */
    private static List<Match<CategoryPattern>> longestOnly(List<Match<CategoryPattern>> matches,
            Map<String, String> excluded) {
        List<Match<CategoryPattern>> kept = new ArrayList<>();
        for (Match<CategoryPattern> match : matches) {
            boolean inside = false;
            for (Match<CategoryPattern> other : matches) {
                if (other != match && !excluded.containsKey(other.value().category()) && other.start() <= match.start() && other.end() >= match.end()
                        && other.length() > match.length()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(match);
            }
        }
        return kept;
    }

    private static Hit hit(CompiledTaxonomy taxonomy, Match<CategoryPattern> match, List<String> tokens,
            List<Match<Role>> roles, Map<String, String> excluded, List<Match<CategoryPattern>> all, boolean keyTyped) {
        String category = match.value().category();
        Strength strength = match.value().strength();
        String matched = joined(tokens, match.start(), match.end());
        Match<Role> qualifier = qualifier(match, roles);
        Qualifier kind = qualifierKind(qualifier, roles);
        boolean personWord = namesPerson(match, roles);
        if (kind == Qualifier.NONE && personWord) {
            // kontaktperson, account holder: the pattern itself names a person
            kind = Qualifier.AMBIGUOUS;
        }
        String qualifierWord = qualifier == null ? null : joined(tokens, qualifier.start(), qualifier.end());
        String veto = null;
        Veto vetoKind = Veto.NONE;
        Match<CategoryPattern> later = personWord ? laterCategory(match, all, excluded) : null;
        Match<CategoryPattern> organisation = organisationAfter(taxonomy, match, all);
        String place = taxonomy.placeFrom(tokens, match.end());
        if (later != null) {
            veto = "\"" + matched + "\" says whose " + later.value().category() + " it is";
            vetoKind = Veto.WHOSE;
        } else if (organisation != null) {
            veto = "\"" + matched + "\" says whose " + organisation.value().category() + " it is, and that is no person's";
            vetoKind = Veto.ORGANISATION;
        } else if (excluded.containsKey(category)) {
            veto = "exclude pattern \"" + excluded.get(category) + "\" of " + category;
            vetoKind = Veto.EXCLUDED;
        } else if (((keyTyped || strength == Strength.WEAK) && match.end() < tokens.size() - 1
                        || keyTyped && strength == Strength.WEAK && match.end() < tokens.size())
                && taxonomy.isKeyWord(tokens.get(tokens.size() - 1))) {
            veto = "a key-typed field ending in \"" + tokens.get(tokens.size() - 1) + "\": \"" + matched
                    + "\" qualifies what the key refers to";
            vetoKind = Veto.KEY;
        } else if (place != null) {
            veto = "\"" + place + "\" follows it: the name is about a place or an institution, not the data";
            vetoKind = Veto.THING_QUALIFIED;
        } else if (kind == Qualifier.NOT_PERSON) {
            veto = "qualified by \"" + qualifierWord + "\": " + (qualifier.value() == Role.TECHNICAL
                    ? "a technical context" : "a thing, not a person");
            vetoKind = Veto.THING_QUALIFIED;
        } else {
            Match<Role> attribute = attributeEnding(match, roles, tokens.size());
            if (attribute != null && taxonomy.datesItsValue(category,
                    joined(tokens, attribute.start(), attribute.end()))) {
                // deceasedDate: the date of a death is the datum itself
            } else if (attribute != null) {
                veto = "ends in \"" + joined(tokens, attribute.start(), attribute.end())
                        + "\": about the data, not the data itself";
                vetoKind = Veto.ABOUT_DATA;
            } else if (strength == Strength.WEAK) {
                Match<CategoryPattern> before = earlierCategory(match, all, excluded);
                if (before != null) {
                    veto = "weak \"" + matched + "\" completes \"" + before.pattern() + "\" of " + before.value().category();
                    vetoKind = Veto.COMPLETES;
                }
            }
        }
        return new Hit(category, strength, match.pattern(), matched, kind, qualifierWord, veto, vetoKind);
    }

    private static Match<CategoryPattern> laterCategory(Match<CategoryPattern> match, List<Match<CategoryPattern>> all,
            Map<String, String> excluded) {
        for (Match<CategoryPattern> other : all) {
            if (other.start() >= match.end() && !other.value().category().equals(match.value().category())
                    && !excluded.containsKey(other.value().category())) {
                return other;
            }
        }
        return null;
    }

    /** arbeidsgiverOrgnr, employerVatNumber: an organisation's data that ends the name, after this match. */
    private static Match<CategoryPattern> organisationAfter(CompiledTaxonomy taxonomy, Match<CategoryPattern> match,
            List<Match<CategoryPattern>> all) {
        for (Match<CategoryPattern> other : all) {
            if (other.start() >= match.end() && other.value().strength() != Strength.EXCLUDE
                    && !taxonomy.isPersonal(other.value().category())) {
                return other;
            }
        }
        return null;
    }

    private static boolean namesPerson(Match<CategoryPattern> match, List<Match<Role>> roles) {
        for (Match<Role> role : roles) {
            if (role.value() == Role.PERSON && role.start() == match.start() && role.end() == match.end()) {
                return true;
            }
        }
        return false;
    }

    /** PERSON, or AMBIGUOUS when the same word also names something technical or a thing (client, sender, manager). */
    private static Qualifier qualifierKind(Match<Role> qualifier, List<Match<Role>> roles) {
        if (qualifier == null) {
            return Qualifier.NONE;
        }
        boolean person = false;
        boolean other = false;
        for (Match<Role> role : roles) {
            if (role.start() == qualifier.start() && role.end() == qualifier.end()) {
                person |= role.value() == Role.PERSON;
                other |= role.value() == Role.THING || role.value() == Role.TECHNICAL;
            }
        }
        return person && other ? Qualifier.AMBIGUOUS : person ? Qualifier.PERSON : Qualifier.NOT_PERSON;
    }

    /** The nearest person, thing or technical word before the match. */
    private static Match<Role> qualifier(Match<CategoryPattern> match, List<Match<Role>> roles) {
        Match<Role> best = null;
        for (Match<Role> role : roles) {
            boolean decisive = role.value() == Role.PERSON || role.value() == Role.THING || role.value() == Role.TECHNICAL;
            if (decisive && role.end() <= match.start()
                    && (best == null || role.end() > best.end() || role.end() == best.end() && role.length() > best.length())) {
                best = role;
            }
        }
        return best;
    }

    private static Match<Role> attributeEnding(Match<CategoryPattern> match, List<Match<Role>> roles, int tokenCount) {
        for (Match<Role> role : roles) {
            if (role.value() == Role.ATTRIBUTE && role.end() == tokenCount && role.start() >= match.end()) {
                return role;
            }
        }
        return null;
    }

    private static Match<CategoryPattern> earlierCategory(Match<CategoryPattern> match, List<Match<CategoryPattern>> all,
            Map<String, String> excluded) {
        for (Match<CategoryPattern> other : all) {
            if (other.end() <= match.start() && !other.value().category().equals(match.value().category())
                    && !excluded.containsKey(other.value().category())) {
                return other;
            }
        }
        return null;
    }

    /**
     * An audit-actor pattern that starts the name or has more than one word, unless a technical word follows it (createdByClient, modifiedBySystem:
     * a program did it) or a word that says what of it the field holds (principalOutstanding,
     * principalPortion: an amount of a loan's principal, not a security principal).
     */
    private static String actor(CompiledTaxonomy taxonomy, List<String> tokens, List<Match<Role>> roles, List<Match<CategoryPattern>> matches) {
        for (Match<Role> role : roles) {
            // one actor word after others (minPrincipal, graceOnPrincipalPayment) is qualified by them: a thing's, not an actor
            boolean qualified = role.length() == 1 && role.start() > 0;
            if (role.value() == Role.ACTOR && !qualified && !technicalAfter(role, roles)
                    && onlyPersonWordsAfter(taxonomy, role, tokens, roles, matches)) {
                return role.pattern();
            }
        }
        return null;
    }

    /** createdByUserId, approvedByLastname: only key words, person words and personal data follow the actor. */
    private static boolean onlyPersonWordsAfter(CompiledTaxonomy taxonomy, Match<Role> actor, List<String> tokens, List<Match<Role>> roles,
            List<Match<CategoryPattern>> matches) {
        for (int i = actor.end(); i < tokens.size(); i++) {
            if (!taxonomy.isKeyWord(tokens.get(i)) && !covered(i, roles, matches)) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(int token, List<Match<Role>> roles, List<Match<CategoryPattern>> matches) {
        for (Match<Role> role : roles) {
            if ((role.value() == Role.PERSON || role.value() == Role.ACTOR) && role.start() <= token && token < role.end()) {
                return true;
            }
        }
        for (Match<CategoryPattern> match : matches) {
            if (match.start() <= token && token < match.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean technicalAfter(Match<Role> actor, List<Match<Role>> roles) {
        for (Match<Role> role : roles) {
            if (role.value() == Role.TECHNICAL && role.start() >= actor.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * customerId, kund_nr, asiakasId: a person word right before a key word that ends the name;
     * oidHenkilo, idKund: a key word that starts the name, then the person word that ends it.
     */
    private static String personReference(CompiledTaxonomy taxonomy, List<String> tokens, List<Match<Role>> roles) {
        if (tokens.size() == 1) {
            return joinedPersonKey(taxonomy, tokens.get(0));
        }
        if (tokens.isEmpty()) {
            return null;
        }
        boolean keyLast = taxonomy.isKeyWord(tokens.get(tokens.size() - 1));
        boolean keyFirst = taxonomy.isKeyWord(tokens.get(0));
        for (Match<Role> role : roles) {
            boolean beforeKey = keyLast && role.end() == tokens.size() - 1;
            boolean afterKey = keyFirst && role.start() == 1 && role.end() == tokens.size();
            if (role.value() == Role.PERSON && (beforeKey || afterKey)) {
                return joined(tokens, role.start(), role.end());
            }
        }
        return null;
    }

    /** personid, henkilooid: a person word and a key word written as one (a joined pattern is not split). */
    private static String joinedPersonKey(CompiledTaxonomy taxonomy, String token) {
        for (String key : taxonomy.keyWords()) {
            int cut = token.length() - key.length();
            if (key.length() >= 2 && cut >= 3 && token.endsWith(key)) {
                String person = token.substring(0, cut);
                boolean named = taxonomy.roleMatches(List.of(person)).stream()
                        .anyMatch(role -> role.value() == Role.PERSON && role.length() == 1);
                if (named) {
                    return person;
                }
            }
        }
        return null;
    }

    /** A part word that ends the name, before trailing digits (line1); not after a key word (referenceNumber). */
    private static String part(CompiledTaxonomy taxonomy, List<String> tokens, List<Match<Role>> roles) {
        int end = tokens.size();
        while (end > 0 && Character.isDigit(tokens.get(end - 1).charAt(0))) {
            end--;
        }
        for (Match<Role> role : roles) {
            if (role.value() == Role.PART && role.end() == end
                    && tokens.subList(0, role.start()).stream().noneMatch(taxonomy::isKeyWord)) {
                return joined(tokens, role.start(), role.end());
            }
        }
        return null;
    }

    /** A person word that ends the name (recipient, shopManager, butikschef). */
    private static Match<Role> personHead(List<String> tokens, List<Match<Role>> roles) {
        for (Match<Role> role : roles) {
            if (role.value() == Role.PERSON && role.end() == tokens.size()) {
                return role;
            }
        }
        return null;
    }

    /** Whether a date word comes before the person's word: uppsTidArrendator is the lessee's notice period, not the lessee. */
    boolean datesPerson(CompiledTaxonomy taxonomy) {
        if (person == null) {
            return false;
        }
        // the person's words are the name's last tokens, joined by single spaces
        int personStart = tokens.size() - person.split(" ").length;
        return tokens.subList(0, Math.max(0, personStart)).stream().anyMatch(taxonomy::isDateWord);
    }

    /** Hits that count, in the order found. */
    List<Hit> counting() {
        for (Hit hit : hits) {
            if (!hit.counts()) {
                return hits.stream().filter(Hit::counts).toList();
            }
        }
        return hits;
    }

    /** The words {@code from} to {@code to} of a name, joined by spaces; one word is returned as it is. */
    private static String joined(List<String> tokens, int from, int to) {
        return to == from + 1 ? tokens.get(from) : String.join(" ", tokens.subList(from, to));
    }
}
