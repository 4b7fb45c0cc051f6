package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Role;
import dev.lawful.classify.CompiledTaxonomy.Strength;
import dev.lawful.classify.token.PatternIndex.Match;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether a type is about a person: from its own name read from the end (CustomerDto
 * is about a customer, MailServerConfig is technical), its table name, its superclass, the
 * type that encloses it, its interfaces, and finally the fields it holds (a class with
 * firstName and email is about a person).
 */
final class ContextReader {

    private static final int MAX_DEPTH = 4;
    private static final double BY_NAME = 1.0;
    private static final double BY_RELATION = 0.9;
    private static final double BY_FIELDS = 0.8;
    /** One e-mail field makes a type hold personal data; it takes two to make it about a person. */
    private static final int MIN_PERSONAL_FIELDS = 2;
    private static final int MIN_OWN_ATTRIBUTES = 3;
    /**
     * Field names a reason lists before it counts the rest: every field's evidence quotes its
     * owner's reason, so a reason that named all of a generated class's fields would make
     * classification quadratic in them.
     */
    private static final int NAMED_IN_REASON = 5;

    private final CompiledTaxonomy taxonomy;
    /** The personal fields of each type, read once per type (by identity: one scan's types). */
    private final Map<TypeInfo, List<String>> personalFields = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<TypeInfo, Boolean> describesOnePerson = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The context of each type in the codebase last asked about: every field of a type, and every link to it, needs it. */
    private volatile Contexts contexts = Contexts.of(null);

    ContextReader(CompiledTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** What is read once per type of one codebase: its context, and its field names (which the context, the type graph and each field's verdict all read). */
    private record Contexts(Codebase codebase, Map<TypeInfo, OwnerContext> byType, Map<TypeInfo, FieldNames> fieldNames) {

        static Contexts of(Codebase codebase) {
            return new Contexts(codebase, Collections.synchronizedMap(new IdentityHashMap<>()),
                    Collections.synchronizedMap(new IdentityHashMap<>()));
        }
    }

    /**
     * A name's role read from its end; {@code Role.NEUTRAL} when nothing decides.
     *
     * @param head whether the deciding word is the head noun (last non-neutral word) of the name
     * @param ambiguous the deciding word names a person and something technical or a thing
     *     (Client, Manager, Sender), and nothing before it says which
     */
    record NameRole(Role role, String word, boolean head, boolean ambiguous) {

        static final NameRole NONE = new NameRole(Role.NEUTRAL, null, false, false);
    }

    NameRole readName(String name) {
        List<String> tokens = taxonomy.tokenizer().tokens(stripGenerics(name));
        NameRole role = readTokens(tokens);
        int headEnd = taxonomy.headEnd(tokens);
        // DisclosureSettingsForUrl: what the type is for does not make it technical; its head decides
        return role.role() == Role.TECHNICAL && headEnd < tokens.size() ? readTokens(tokens.subList(0, headEnd)) : role;
    }

    private NameRole readTokens(List<String> tokens) {
        List<Match<Role>> roles = taxonomy.roleMatches(tokens);
        int end = tokens.size();
        while (end > 0) {
            Match<Role> last = endingAt(roles, end);
            if (last == null) {
                break;
            }
            if (last.value() == Role.ATTRIBUTE) {
                // CustomerStatus, UserType: a property of a person, not a person
                return NameRole.NONE;
            }
            if (isDecisive(last.value())) {
                NameRole role = resolved(roles, tokens, last, true);
                return role.role() == Role.TECHNICAL ? ownSettingsOrNot(roles, tokens, last, role) : role;
            }
            end = last.start();
        }
        // an unknown head noun (Order, Account): the nearest telling word before it says whose it is,
        // so CustomerOrder is a customer's while CustomerOptionDescription describes an option
        Match<Role> nearest = lastDecisiveBefore(roles, end);
        if (nearest == null) {
            return NameRole.NONE;
        }
        NameRole role = resolved(roles, tokens, nearest, false);
        return role.role() == Role.PERSON ? role : NameRole.NONE;
    }

    /**
     * UserSettings, CustomerPreferences: settings named for a person are that person's, about
     * them; MailSettings or ClientSettings (an OAuth client) stay technical.
     */
    private NameRole ownSettingsOrNot(List<Match<Role>> roles, List<String> tokens, Match<Role> head, NameRole technical) {
        if (!taxonomy.namesOwnSettings(technical.word())) {
            return technical;
        }
        Match<Role> before = lastDecisiveBefore(roles, head.start());
        if (before == null || before.value() != Role.PERSON || hasRole(roles, before, Role.TECHNICAL)
                || hasRole(roles, before, Role.THING)) {
            return technical;
        }
        String word = String.join(" ", tokens.subList(before.start(), before.end()));
        return new NameRole(Role.PERSON, word, false, false);
    }

    /** A decisive word's role; a word that is both a person and not (Client) is settled by the word before it. */
    private static NameRole resolved(List<Match<Role>> roles, List<String> tokens, Match<Role> match, boolean head) {
        String word = String.join(" ", tokens.subList(match.start(), match.end()));
        boolean person = hasRole(roles, match, Role.PERSON);
        Role other = hasRole(roles, match, Role.TECHNICAL) ? Role.TECHNICAL : hasRole(roles, match, Role.THING) ? Role.THING : null;
        if (!person || other == null) {
            return new NameRole(person ? Role.PERSON : match.value(), word, head, false);
        }
        Match<Role> before = lastDecisiveBefore(roles, match.start());
        if (before == null) {
            return new NameRole(Role.PERSON, word, head, true);
        }
        // HttpClient, CacheManager, MailSender are technical; CustomerClient would be a person
        return new NameRole(before.value() == Role.PERSON ? Role.PERSON : other, word, head, false);
    }

    private static boolean isDecisive(Role role) {
        return role == Role.PERSON || role == Role.THING || role == Role.TECHNICAL;
    }

    private static boolean hasRole(List<Match<Role>> roles, Match<Role> span, Role role) {
        for (Match<Role> other : roles) {
            if (other.value() == role && other.start() == span.start() && other.end() == span.end()) {
                return true;
            }
        }
        return false;
    }

    private static Match<Role> lastDecisiveBefore(List<Match<Role>> roles, int end) {
        Match<Role> best = null;
        for (Match<Role> role : roles) {
            if (isDecisive(role.value()) && role.end() <= end
                    && (best == null || role.end() > best.end() || role.end() == best.end() && role.length() > best.length())) {
                best = role;
            }
        }
        return best;
    }

    private static Match<Role> endingAt(List<Match<Role>> roles, int end) {
        Match<Role> best = null;
        for (Match<Role> role : roles) {
            if (role.end() == end && (best == null || role.length() > best.length()
                    || role.length() == best.length() && priority(role.value()) > priority(best.value()))) {
                best = role;
            }
        }
        return best;
    }

    /** When a word has two roles, the more specific reading wins: technical, thing, person, then the rest. */
    private static int priority(Role role) {
        return switch (role) {
            case TECHNICAL -> 4;
            case THING -> 3;
            case PERSON -> 2;
            default -> 1;
        };
    }

    /** The names of the type's fields as read, once per type of the codebase last asked about. */
    FieldNames fieldNames(TypeInfo type) {
        Map<TypeInfo, FieldNames> known = contexts.fieldNames();
        FieldNames names = known.get(type);
        if (names == null) {
            names = FieldNames.read(taxonomy, type);
            known.put(type, names);
        }
        return names;
    }

    /** The type's context, read once per type and codebase. */
    OwnerContext contextOf(TypeInfo type, Codebase codebase) {
        Contexts known = contexts;
        if (known.codebase() != codebase) {
            known = Contexts.of(codebase);
            contexts = known;
        }
        OwnerContext context = known.byType().get(type);
        if (context == null) {
            context = contextOf(type, codebase, 0);
            known.byType().put(type, context);
        }
        return context;
    }

    private OwnerContext contextOf(TypeInfo type, Codebase codebase, int depth) {
        if (type.kind() == TypeInfo.Kind.ENUM || type.kind() == TypeInfo.Kind.ANNOTATION) {
            return new OwnerContext(OwnerContext.Kind.NOT_PERSON,
                    type.simpleName() + " is an " + type.kind().name().toLowerCase(java.util.Locale.ROOT) + " type", BY_NAME);
        }
        TypeInfo built = depth < MAX_DEPTH ? builtType(type, codebase) : null;
        if (built != null) {
            OwnerContext context = contextOf(built, codebase, depth + 1);
            if (context.kind() != OwnerContext.Kind.UNKNOWN) {
                return context.via("builder of " + built.simpleName() + ": ", context.strength());
            }
        }
        OwnerContext schema = schemaClass(type);
        if (schema != null) {
            return schema;
        }
        NameRole own = readName(type.simpleName());
        OwnerContext byName = own.ambiguous() ? null : fromRole(own, "type name " + type.simpleName(), BY_NAME);
        // Anvandare is a user, not the username that the same word means in a field's name
        OwnerContext byCategory = fromCategoryName(type.simpleName(),
                byName != null && byName.isPerson() ? own.word() : null);
        if (byName != null && byName.technical() && byCategory != null
                && namedAtHeadFor(type, codebase, byCategory.category())) {
            // the technical word is part of the category's name (DisclosureSettings, PrivacySettings)
            return byCategory;
        }
        if (byName != null && byName.isNotPerson() && !byName.technical()) {
            OwnerContext heldPerson = holdsAPerson(type, byName);
            if (heldPerson != null) {
                return heldPerson;
            }
        }
        if (byName != null && byName.technical() && depth < MAX_DEPTH) {
            OwnerContext mirrored = mirrored(type, codebase, depth);
            if (mirrored != null) {
                return mirrored;
            }
        }
        if (byName != null && byName.technical() && depth < MAX_DEPTH && taxonomy.namesOwnSettings(own.word())) {
            OwnerContext owned = settingsOfAPerson(type, codebase, depth);
            if (owned != null) {
                return owned;
            }
        }
        if (byName != null && byName.technical()) {
            OwnerContext signedIn = holdsANamedPerson(type, byName);
            if (signedIn == null) {
                signedIn = holdsAPerson(type, byName);
            }
            if (signedIn == null && depth < MAX_DEPTH) {
                signedIn = ownedByAPerson(type, byName, codebase, depth);
            }
            if (signedIn == null) {
                signedIn = requestOfAPerson(type, byName);
            }
            if (signedIn != null) {
                return signedIn;
            }
        }
        if (byName != null) {
            // CustomerPhone is about a customer, and its parts (extension) are the phone number's
            return byName.isPerson() && byCategory != null
                    ? new OwnerContext(byName.kind(), byName.reason(), byName.strength(), false, byCategory.category())
                    : byName;
        }
        if (byCategory != null) {
            return byCategory;
        }
        for (String table : tableNames(type)) {
            OwnerContext byTable = fromName(table, "table name " + table, BY_RELATION);
            if (byTable != null) {
                return byTable;
            }
        }
        if (depth < MAX_DEPTH) {
            OwnerContext related = fromRelatives(type, codebase, depth);
            if (related != null) {
                return related;
            }
        }
        List<String> personalFields = personalFields(type);
        if (personalFields.size() >= MIN_PERSONAL_FIELDS) {
            return new OwnerContext(OwnerContext.Kind.PERSON,
                    type.simpleName() + " holds " + listed(personalFields), BY_FIELDS);
        }
        String nameField = personalFields.isEmpty() ? null : personNameField(type);
        if (nameField != null) {
            // a name beside an e-mail or a national id: a person's (an organisation's type is named for it)
            return new OwnerContext(OwnerContext.Kind.PERSON,
                    type.simpleName() + " holds " + personalFields.get(0) + " beside " + nameField, BY_FIELDS);
        }
        if (own.ambiguous()) {
            // unsettled: no person context, and "client" before a field name is taken as technical here
            return new OwnerContext(OwnerContext.Kind.UNKNOWN, "type name " + type.simpleName() + " (\"" + own.word()
                    + "\" may be a person or technical, and no personal fields say person)", 0, true, null);
        }
        return OwnerContext.UNKNOWN;
    }

    /**
     * A type named for a thing (a court case, a hearing) that holds a person's name parts or data
     * only a person has (surname, national id) describes that person too: its weak words count.
     */
    private OwnerContext holdsAPerson(TypeInfo type, OwnerContext byName) {
        List<String> personOnly = personOnlyFields(fieldNames(type));
        if (personOnly.size() >= MIN_PERSONAL_FIELDS) {
            return new OwnerContext(OwnerContext.Kind.PERSON, byName.reason() + ", but it holds a person's "
                    + listed(personOnly), BY_FIELDS);
        }
        // TicketRequester's lastName beside an e-mail and a phone number: a person, whatever "requester" means in code
        // a company's type (Firma, Yritys) holds its contact person's name beside its own address and phone
        List<String> personal = byName.technical() ? personalFields(type) : List.of();
        if (personOnly.isEmpty() || personal.size() <= MIN_PERSONAL_FIELDS) {
            return null;
        }
        return new OwnerContext(OwnerContext.Kind.PERSON, byName.reason() + ", but it holds " + personOnly.get(0)
                + " beside " + listed(personal.stream().filter(field -> !personOnly.contains(field)).toList()), BY_FIELDS);
    }

    /**
     * A technical type named for a request someone sent (RequestContext) that holds a person-only
     * value (an IP address, a user agent): the requester's, where a server's settings hold a machine's.
     */
    private OwnerContext requestOfAPerson(TypeInfo type, OwnerContext byName) {
        if (!taxonomy.namesRequest(taxonomy.tokenizer().tokens(stripGenerics(type.simpleName())))) {
            return null;
        }
        List<String> personOnly = personOnlyFields(fieldNames(type));
        return personOnly.isEmpty() ? null : new OwnerContext(OwnerContext.Kind.PERSON, byName.reason()
                + ", but it is a request someone sent, holding their " + listed(personOnly), BY_FIELDS);
    }

    /**
     * A technical type that holds one person (SocialConnection's {@code User user}, beside the
     * tokens and the display name of that user's account with a provider) is about that person,
     * when the person's type holds data of theirs; an audit actor (createdBy) or a collection of
     * people makes no type a person's.
     */
    private OwnerContext ownedByAPerson(TypeInfo type, OwnerContext byName, Codebase codebase, int depth) {
        FieldNames fieldNames = fieldNames(type);
        for (CodeElement field : type.fields()) {
            if (field.isConstant() || fieldNames.of(field).actor() != null) {
                continue;
            }
            List<String> linked = TypeNames.linked(field.type());
            if (linked.isEmpty() || TypeNames.isContainer(linked.get(0))
                    || JavaVocabulary.builtin().plainTypes().contains(linked.get(0))) {
                continue;
            }
            Optional<TypeInfo> target = codebase.find(linked.get(0));
            if (target.isEmpty() || target.get() == type) {
                continue;
            }
            OwnerContext context = contextOf(target.get(), codebase, depth + 1);
            // the person's own record, with data of theirs: not a client of a citizen register (MedborgareKlient)
            if (context.isPerson() && context.category() == null && !personalFields(target.get()).isEmpty()) {
                return new OwnerContext(OwnerContext.Kind.PERSON, byName.reason() + ", but it holds one person: "
                        + field.member() + " → " + target.get().simpleName(), BY_RELATION);
            }
        }
        return null;
    }

    /**
     * A type named technical for whoever is signed in (LoginContextResult, SessionUser, TokenClaims)
     * that holds a name beside two kinds of a person's data (username, e-mail) describes that
     * person: a word in its name does not silence what its fields say together. A clinic's
     * configuration properties or a server's settings stand for no one signed in.
     */
    private OwnerContext holdsANamedPerson(TypeInfo type, OwnerContext byName) {
        if (!taxonomy.namesSignedIn(taxonomy.tokenizer().tokens(stripGenerics(type.simpleName())))) {
            return null;
        }
        List<String> personal = personalFields(type);
        String nameField = personal.size() < MIN_PERSONAL_FIELDS ? null : personNameField(type);
        if (nameField == null) {
            return null;
        }
        return new OwnerContext(OwnerContext.Kind.PERSON, byName.reason() + ", but it holds " + nameField + " beside "
                + listed(personal), BY_FIELDS);
    }

    /**
     * A generated schema class (AnschriftType, KindType) holding personal data, read by the
     * words before its schema word: named for a person or a category, or, where those words are
     * not a thing, about a person by its fields. Null where that does not apply.
     */
    private OwnerContext schemaClass(TypeInfo type) {
        String stem = type.kind() == TypeInfo.Kind.CLASS || type.kind() == TypeInfo.Kind.RECORD
                ? stemBefore(type.simpleName(), taxonomy::isSchemaSuffix) : null;
        if (stem == null) {
            return null;
        }
        String name = type.simpleName();
        List<String> personal = personalFields(type);
        OwnerContext byCategory = fromCategoryName(stem, null);
        if (byCategory != null && (!personal.isEmpty() || namesStrongly(stem))) {
            // AnschriftType holds an address; NachnameType is named by a strong pattern for what its parts make up
            return byCategory.via(name + " is a schema class: ", BY_NAME);
        }
        if (personal.isEmpty() || distinctCategories(type) < MIN_PERSONAL_FIELDS) {
            // SupportedUserType's usernamePrefix, usernameSuffix: settings of one kind of data, not a record
            return null;
        }
        String reason = "type name " + name + ", a schema class of " + stem + " holding " + listed(personal);
        NameRole role = readName(stem);
        OwnerContext byStem = role.ambiguous() ? null : fromRole(role, reason, BY_NAME);
        if (byStem != null && byStem.isPerson()) {
            return byStem;
        }
        boolean thing = byStem != null && byStem.isNotPerson();
        return !thing && personal.size() >= MIN_PERSONAL_FIELDS
                ? new OwnerContext(OwnerContext.Kind.PERSON, reason, BY_FIELDS) : null;
    }

    /** How many personal categories the strong patterns of the type's fields name. */
    private int distinctCategories(TypeInfo type) {
        FieldNames fieldNames = fieldNames(type);
        Set<String> categories = new HashSet<>();
        for (CodeElement field : type.fields()) {
            if (field.isConstant()) {
                continue;
            }
            for (NameReading.Hit hit : fieldNames.of(field).hits()) {
                if (hit.counts() && hit.strength() == Strength.STRONG && taxonomy.isPersonal(hit.category())) {
                    categories.add(hit.category());
                }
            }
        }
        return categories.size();
    }

    private boolean namesStrongly(String name) {
        return NameReading.read(taxonomy, "type name", name).counting().stream()
                .anyMatch(hit -> hit.strength() == Strength.STRONG && taxonomy.isPersonal(hit.category()));
    }

    /**
     * A technical type named for another type, or nested in it, that holds that type's fields
     * (a builder: IdentRekvisisjonNorskVegadresseBuilder beside IdentRekvisisjonNorskVegadresse)
     * stands for it and is read like it. A service or a mapper named for a type holds other
     * components, not its fields, so it stays technical.
     */
    private OwnerContext mirrored(TypeInfo type, Codebase codebase, int depth) {
        List<String> candidates = new ArrayList<>();
        String enclosing = enclosingName(type);
        if (enclosing != null) {
            candidates.add(enclosing);
        }
        String stem = nameWithoutHead(type.simpleName());
        if (stem != null) {
            candidates.add(stem);
        }
        for (String candidate : candidates) {
            Optional<TypeInfo> target = codebase.find(candidate);
            if (target.isPresent() && target.get() != type && holdsFieldsOf(type, target.get())) {
                OwnerContext context = contextOf(target.get(), codebase, depth + 1);
                if (context.kind() != OwnerContext.Kind.UNKNOWN && !context.technical()) {
                    return context.via(type.simpleName() + " holds the fields of " + target.get().simpleName() + ": ",
                            BY_RELATION);
                }
            }
        }
        return null;
    }

    /**
     * Settings that belong to a person through a field of the person's type (DisclosureSettings.person,
     * NotificationPreferences.user) are that person's own, as UserSettings is; a mail server's
     * settings belong to no one.
     */
    private OwnerContext settingsOfAPerson(TypeInfo type, Codebase codebase, int depth) {
        for (CodeElement field : type.fields()) {
            List<String> names = TypeNames.of(field.type());
            if (field.isConstant() || names.isEmpty() || TypeNames.isContainer(names.get(0))) {
                continue;
            }
            Optional<TypeInfo> target = codebase.find(names.get(0));
            if (target.isPresent() && target.get() != type) {
                OwnerContext context = contextOf(target.get(), codebase, depth + 1);
                if (context.isPerson() && !context.technical()) {
                    return new OwnerContext(OwnerContext.Kind.PERSON, type.simpleName() + " are the own settings of the "
                            + target.get().simpleName() + " in " + field.member(), BY_RELATION);
                }
            }
        }
        return null;
    }

    /** The type name without its last word (IdentRekvisisjonNorskVegadresseBuilder: IdentRekvisisjonNorskVegadresse). */
    private static String nameWithoutHead(String simpleName) {
        for (int i = simpleName.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(simpleName.charAt(i)) && Character.isLowerCase(simpleName.charAt(i - 1))) {
                return simpleName.substring(0, i);
            }
        }
        return null;
    }

    /** Whether at least half of the type's own fields, and at least two, have a namesake in the other. */
    private static boolean holdsFieldsOf(TypeInfo type, TypeInfo other) {
        Set<String> theirs = new HashSet<>();
        for (CodeElement field : other.fields()) {
            theirs.add(field.member());
        }
        int own = 0;
        int shared = 0;
        for (CodeElement field : type.fields()) {
            if (!field.isConstant()) {
                own++;
                shared += theirs.contains(field.member()) ? 1 : 0;
            }
        }
        return shared >= 2 && 2 * shared >= own;
    }

    /** Fields whose strong patterns name data only a person has, or a person's name parts. */
    private List<String> personOnlyFields(FieldNames fieldNames) {
        List<String> names = new ArrayList<>();
        for (CodeElement field : fieldNames.type().fields()) {
            if (field.isConstant()) {
                continue;
            }
            NameReading reading = fieldNames.of(field);
            boolean personOnly = reading.actor() == null && reading.hits().stream()
                    .anyMatch(hit -> hit.counts() && hit.strength() == Strength.STRONG
                            && (taxonomy.isPersonOnly(hit.category()) || taxonomy.isPersonName(hit.category())));
            if (personOnly) {
                names.add(field.member());
            }
        }
        return names;
    }

    private OwnerContext fromRelatives(TypeInfo type, Codebase codebase, int depth) {
        if (type.superclass() != null) {
            OwnerContext context = fromRelative(type.superclass(), "superclass", codebase, depth);
            // a base class named for a thing (SyncAttributeEntity, AuditedRecord) is shared by persons' records and
            // others alike, so only its person or technical verdict carries over to the subclass
            if (context != null && !namesSharedThing(context)) {
                return context;
            }
        }
        String enclosing = enclosingName(type);
        if (enclosing != null) {
            OwnerContext context = fromRelative(enclosing, "enclosing type", codebase, depth);
            if (context != null) {
                return context;
            }
        }
        for (String implemented : type.interfaces()) {
            OwnerContext context = fromName(implemented, "interface " + stripGenerics(implemented), BY_RELATION);
            if (context != null) {
                return context;
            }
        }
        return null;
    }

    private static boolean namesSharedThing(OwnerContext context) {
        return context.kind() == OwnerContext.Kind.NOT_PERSON && !context.technical();
    }

    private OwnerContext fromRelative(String name, String relation, Codebase codebase, int depth) {
        String bare = stripGenerics(name);
        String simple = bare.substring(bare.lastIndexOf('.') + 1);
        OwnerContext byName = fromName(simple, relation + " " + simple, BY_RELATION);
        if (byName != null) {
            return byName;
        }
        Optional<TypeInfo> relative = codebase.find(bare);
        if (relative.isPresent()) {
            OwnerContext context = contextOf(relative.get(), codebase, depth + 1);
            // an EmailRequest is named for an e-mail address, but its nested Attachment is not about a person
            boolean namedForCategoryOnly = context.category() != null;
            if (context.kind() != OwnerContext.Kind.UNKNOWN && !namedForCategoryOnly) {
                return context.via(relation + " " + bare + ": ", BY_RELATION);
            }
        }
        return null;
    }

    private OwnerContext fromName(String name, String reason, double strength) {
        NameRole role = readName(name);
        return role.ambiguous() ? null : fromRole(role, reason, strength);
    }

    private static OwnerContext fromRole(NameRole role, String reason, double strength) {
        return switch (role.role()) {
            case PERSON -> new OwnerContext(OwnerContext.Kind.PERSON, reason + " (\"" + role.word() + "\" is a person)", strength);
            case THING -> new OwnerContext(OwnerContext.Kind.NOT_PERSON, reason + " (\"" + role.word() + "\" is not a person)", strength);
            case TECHNICAL -> new OwnerContext(OwnerContext.Kind.NOT_PERSON, reason + " (\"" + role.word() + "\" is technical)",
                    strength, true, null);
            default -> null;
        };
    }

    /**
     * A type named for a kind of personal data (Address, PostalAddress, CreditCard) holds its
     * parts: a strong pattern anywhere in the name, or a weak one as its head noun (Card), unless
     * the weak one also names a business's own records (PaymentTypeData, ChargePayment).
     *
     * @param personWord the word that makes the type a person's, which names no category of it
     *     (Swedish Anvandare is a user, though anvandare in a field's name is its username); or null
     */
    private OwnerContext fromCategoryName(String simpleName, String personWord) {
        NameReading reading = NameReading.read(taxonomy, "type name", simpleName);
        String head = headNoun(reading.tokens());
        // read again without the trailing Data or Dto, so that an ending such as Rules vetoes (EmailBusinessRulesData)
        List<String> vetoedInHead = NameReading.read(taxonomy, "type name", head).hits().stream()
                .filter(hit -> !hit.counts()).map(NameReading.Hit::category).toList();
        // a type named for a company's data (CompanyAddress, OrganisationName) is not about a person
        return reading.counting().stream()
                .filter(hit -> !hit.matched().equals(personWord))
                .filter(hit -> taxonomy.isPersonal(hit.category()))
                .filter(hit -> !vetoedInHead.contains(hit.category()))
                .filter(hit -> hit.strength() == Strength.STRONG || !taxonomy.namesBusinessRecords(hit.category()))
                .filter(hit -> hit.strength() == Strength.STRONG || hit.matched().equals(head)
                        || head.endsWith(" " + hit.matched()))
                .findFirst()
                .map(hit -> new OwnerContext(OwnerContext.Kind.PERSON, "type name " + simpleName + " names "
                        + hit.category() + " (\"" + hit.pattern() + "\")", BY_RELATION, false, hit.category()))
                .orElse(null);
    }

    /** Whether the name, read from its end, names a property of something (SavingsAccountStatus, CustomerType). */
    boolean namesProperty(String name) {
        List<String> tokens = taxonomy.tokenizer().tokens(stripGenerics(name));
        List<Match<Role>> roles = taxonomy.roleMatches(tokens);
        Match<Role> last = endingAt(roles, tokens.size());
        while (last != null && last.value() == Role.NEUTRAL) {
            last = endingAt(roles, last.start());
        }
        return last != null && last.value() == Role.ATTRIBUTE && last.start() > 0
                && taxonomy.namesProperty(String.join(" ", tokens.subList(last.start(), last.end())));
    }

    /** Whether a word of the type name names a separate record about its subject (PatientHistory, CustomerEvent). */
    boolean namesSeparateRecord(String simpleName) {
        return taxonomy.tokenizer().tokens(simpleName).stream().anyMatch(taxonomy::namesSeparateRecord);
    }

    /** Whether the type's name ends in a word for a person (EmailContact, CustomerPhone's is phone). */
    boolean headNamesPerson(TypeInfo type) {
        NameRole role = readName(type.simpleName());
        return role.role() == Role.PERSON && role.head() && !role.ambiguous();
    }

    /**
     * Whether a type is a person's record by its own name's head noun (Patient, CustomerDto), not
     * a separate record about one (PatientHistory) nor a record named for their data (CustomerAddress).
     */
    boolean isPersonRecord(TypeInfo type) {
        NameRole role = readName(type.simpleName());
        return role.role() == Role.PERSON && role.head() && !role.ambiguous() && !namesSeparateRecord(type.simpleName())
                && fromCategoryName(type.simpleName(), role.word()) == null;
    }

    /**
     * Whether a type that no word of the vocabulary names describes one person by its own fields:
     * at least {@value #MIN_OWN_ATTRIBUTES} values only a person has, named without anyone before
     * them, one of them more than a name (Einsatzkraft's geburtsdatum, geschlecht, staatsangehörigkeit).
     * An order's customerBirthDate is qualified by the customer, so an order never is one.
     */
    boolean describesOnePerson(TypeInfo type) {
        Boolean known = describesOnePerson.get(type);
        if (known == null) {
            known = readName(type.simpleName()).word() == null && holdsOnePersonsAttributes(type);
            describesOnePerson.put(type, known);
        }
        return known;
    }

    private boolean holdsOnePersonsAttributes(TypeInfo type) {
        FieldNames names = fieldNames(type);
        int attributes = 0;
        boolean beyondName = false;
        for (CodeElement field : type.fields()) {
            if (field.isConstant()) {
                continue;
            }
            NameReading reading = names.of(field);
            if (reading.actor() != null || reading.personReference() != null || reading.person() != null) {
                continue;
            }
            String category = reading.hits().stream()
                    .filter(hit -> hit.counts() && hit.strength() == Strength.STRONG && hit.qualifier() == NameReading.Qualifier.NONE
                            && (taxonomy.isPersonOnly(hit.category()) || taxonomy.isPersonName(hit.category())))
                    .map(NameReading.Hit::category).findFirst().orElse(null);
            if (category != null) {
                attributes++;
                beyondName |= !taxonomy.isPersonName(category);
            }
        }
        return attributes >= MIN_OWN_ATTRIBUTES && beyondName;
    }

    /** Whether the type's own key and the numbers it keeps identify a person: it is a person's record by name or by fields. */
    boolean keysIdentifyPerson(TypeInfo type) {
        return isPersonRecord(type) || describesOnePerson(type);
    }

    /**
     * The head noun of a type name, without trailing neutral words and without spaces:
     * {@code PatientHistoryDto} gives "patienthistory"'s head "history" as the last word.
     */
    String headNounOf(String simpleName) {
        return headNoun(taxonomy.tokenizer().tokens(simpleName));
    }

    /**
     * Whether the type's name, or the name of the type it builds, ends in a match of the
     * category, not before another head noun: PersonNameModel and MidlertidigGateAdresse name
     * their category, AddressHierarchyEntry names an entry.
     */
    boolean namedAtHeadFor(TypeInfo type, Codebase codebase, String category) {
        TypeInfo built = builtType(type, codebase);
        String head = headNounOf((built != null ? built : type).simpleName());
        return NameReading.read(taxonomy, "type name", head).counting().stream()
                .anyMatch(hit -> hit.category().equals(category)
                        && (head.endsWith(hit.matched()) || head.replace(" ", "").endsWith(hit.matched().replace(" ", ""))));
    }

    /** The name without trailing neutral words (CardDto, AddressImpl), as spaced tokens. */
    private String headNoun(List<String> allTokens) {
        List<String> tokens = allTokens.subList(0, taxonomy.headEnd(allTokens));
        List<Match<Role>> roles = taxonomy.roleMatches(tokens);
        int end = tokens.size();
        Match<Role> last = endingAt(roles, end);
        while (last != null && last.value() == Role.NEUTRAL) {
            end = last.start();
            last = endingAt(roles, end);
        }
        return String.join(" ", tokens.subList(0, end));
    }

    /**
     * Fields that hold personal data whatever their context: strong patterns that are not vetoed,
     * not a flag about them. An audit actor's name (createdByUsername) is left out: every kind of
     * record has one, so it says nothing about what the record is about.
     */
    List<String> personalFields(TypeInfo type) {
        List<String> known = personalFields.get(type);
        return known != null ? known : personalFields(fieldNames(type));
    }

    /** {@link #personalFields(TypeInfo)} of a type whose field names are already read. */
    List<String> personalFields(FieldNames fieldNames) {
        List<String> known = personalFields.get(fieldNames.type());
        if (known == null) {
            known = List.copyOf(personalFieldsOf(fieldNames));
            personalFields.put(fieldNames.type(), known);
        }
        return known;
    }

    private List<String> personalFieldsOf(FieldNames fieldNames) {
        List<String> names = new ArrayList<>();
        for (CodeElement field : fieldNames.type().fields()) {
            if (field.isConstant()) {
                continue;
            }
            NameReading reading = fieldNames.of(field);
            if (reading.actor() != null) {
                continue;
            }
            if (holdsPersonalData(reading, TaxonomyClassifier.isYesNo(field.type()))) {
                names.add(field.member());
            }
        }
        return names;
    }

    private boolean holdsPersonalData(NameReading reading, boolean yesNo) {
        List<NameReading.Hit> hits = reading.hits();
        // indexed: called for every field of a type, where an iterator per field is most of what it allocates
        for (int i = 0; i < hits.size(); i++) {
            NameReading.Hit hit = hits.get(i);
            if (hit.counts() && hit.strength() == Strength.STRONG && taxonomy.isPersonal(hit.category())
                    && (!yesNo || taxonomy.admitsYesNo(hit.category()))) {
                return true;
            }
        }
        return false;
    }

    /** A text field named only for a person's name (name, namn, nimi), or null. */
    private String personNameField(TypeInfo type) {
        String personName = taxonomy.personNameCategory();
        if (personName == null) {
            return null;
        }
        FieldNames fieldNames = fieldNames(type);
        for (CodeElement field : type.fields()) {
            if (field.isConstant() || !TaxonomyClassifier.holdsText(field.type())) {
                continue;
            }
            NameReading reading = fieldNames.of(field);
            boolean named = reading.counting().stream().anyMatch(hit -> hit.category().equals(personName)
                    && hit.strength() == Strength.WEAK && hit.matched().equals(String.join(" ", reading.tokens())));
            if (named) {
                return field.member();
            }
        }
        return null;
    }

    /** The first few names, then how many more: {@code a, b, c, d, e and 7 more}. */
    static String listed(List<String> names) {
        if (names.size() <= NAMED_IN_REASON) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED_IN_REASON)) + " and " + (names.size() - NAMED_IN_REASON) + " more";
    }

    private static List<String> tableNames(TypeInfo type) {
        List<String> names = new ArrayList<>();
        for (AnnotationUse annotation : type.annotations()) {
            String value = null;
            for (String attribute : JavaVocabulary.attributes(JavaVocabulary.builtin().tableAnnotations(), annotation.name())) {
                value = value != null ? value : annotation.value(attribute);
            }
            if (value != null && !value.isBlank()) {
                names.add(value);
            }
        }
        return names;
    }

    /**
     * The scanned type a builder builds (AddressBuilder, nested in Address or beside it), or null:
     * its name is the built type's followed by a builder word.
     */
    TypeInfo builtType(TypeInfo type, Codebase codebase) {
        String builtName = stemBefore(type.simpleName(), taxonomy::isBuilderEnding);
        if (builtName == null) {
            return null;
        }
        String enclosing = enclosingName(type);
        Optional<TypeInfo> built = enclosing != null && enclosing.endsWith("." + builtName) || builtName.equals(enclosing)
                ? codebase.find(enclosing) : codebase.find(builtName);
        return built.filter(found -> found != type && found.kind() != TypeInfo.Kind.ENUM).orElse(null);
    }

    /**
     * The name without its last word when that word is of the kind {@code ending} accepts
     * (AnschriftType: Anschrift, AddressBuilder: Address), or null.
     */
    private String stemBefore(String simpleName, Predicate<String> ending) {
        List<String> tokens = taxonomy.tokenizer().tokens(simpleName);
        if (tokens.size() < 2 || !ending.test(tokens.get(tokens.size() - 1))) {
            return null;
        }
        String last = tokens.get(tokens.size() - 1);
        return simpleName.length() > last.length() && simpleName.toLowerCase(java.util.Locale.ROOT).endsWith(last)
                ? simpleName.substring(0, simpleName.length() - last.length()) : null;
    }

    private static String enclosingName(TypeInfo type) {
        String qualified = type.qualifiedName();
        int end = qualified.length() - type.simpleName().length() - 1;
        if (end <= 0) {
            return null;
        }
        String outer = qualified.substring(0, end);
        String outerSimple = outer.substring(outer.lastIndexOf('.') + 1);
        return !outerSimple.isEmpty() && Character.isUpperCase(outerSimple.charAt(0)) ? outer : null;
    }

    static String stripGenerics(String name) {
        int angle = name.indexOf('<');
        return angle < 0 ? name : name.substring(0, angle);
    }
}
