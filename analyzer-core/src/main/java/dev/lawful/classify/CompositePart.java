package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Role;
import dev.lawful.classify.token.PatternIndex.Match;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.List;

/**
 * A descriptive field of a type named for a composite category (an address, a person's name):
 * it holds a part of that datum whatever it is called (Address#district, Matrikkeladresse#gardsnr,
 * HumanName#given), and an amount in a type named for a category of amounts (Inntekt#belop).
 * What describes the row rather than the datum does not: its keys, its audit and type fields
 * (a word of the name is an attribute, a technical word or an actor), what names other data (an
 * address's companyName), its dates (startDate), flags, and references to other scanned types
 * (read as links).
 */
final class CompositePart {

    private static final JavaVocabulary JAVA = JavaVocabulary.builtin();
    private static final StructureVocabulary STRUCTURE = StructureVocabulary.builtin();

    private CompositePart() {
    }

    /** The composite category the field holds a part of, or null. */
    static String categoryOf(CompiledTaxonomy taxonomy, ContextReader contexts, CodeElement field, NameReading name,
            TypeInfo owner, OwnerContext context, Codebase codebase) {
        String category = context.category();
        boolean partOf = taxonomy.isComposite(category)
                || taxonomy.holdsAmounts(category) && JAVA.amountTypes().contains(field.type());
        if (owner == null || !context.isPerson() || !partOf || field.isConstant()
                || JAVA.yesNoTypes().contains(field.type()) || STRUCTURE.periodTypes().contains(field.type()) || !holdsValue(field.type(), codebase)
                || isRowField(taxonomy, field, name)) {
            return null;
        }
        return contexts.namedAtHeadFor(owner, codebase, category) ? category : null;
    }

    /** No scanned type among what the field holds: a value, not a reference. */
    private static boolean holdsValue(String type, Codebase codebase) {
        return TypeNames.linked(type).stream()
                .noneMatch(name -> !TypeNames.isContainer(name) && !JAVA.plainTypes().contains(name)
                        && codebase.find(name).isPresent());
    }

    /**
     * A key of the row, a name with a word about the row (type, status, created, version,
     * createdBy), or a name a category excludes or gives an organisation (companyName beside the address).
     */
    static boolean isRowField(CompiledTaxonomy taxonomy, CodeElement field, NameReading name) {
        List<String> tokens = name.tokens();
        if (tokens.isEmpty() || TaxonomyClassifier.isAnnotatedKey(field) || name.actor() != null) {
            return true;
        }
        // a name that reads as data and was not classified names other data (companyName, an organisation's)
        if (!name.hits().isEmpty()) {
            return true;
        }
        String last = tokens.get(tokens.size() - 1);
        if (taxonomy.isKeyWord(last) && (tokens.size() == 1
                || taxonomy.isSurrogateKeyWord(last) && JAVA.keyTypes().contains(field.type()))) {
            return true;
        }
        for (Match<Role> role : taxonomy.roleMatches(tokens)) {
            if (role.value() == Role.ATTRIBUTE || role.value() == Role.TECHNICAL || role.value() == Role.ACTOR) {
                return true;
            }
        }
        return false;
    }
}
