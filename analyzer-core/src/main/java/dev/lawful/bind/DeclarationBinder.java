package dev.lawful.bind;

import dev.lawful.classify.Classification;
import dev.lawful.policy.ClassGlob;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Policy;
import dev.lawful.policy.SourceRef;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * Finds the declaration that covers a code element. An {@code @PersonalData} annotation on
 * the field wins, then one on its class, then the most specific rule-file declaration: one
 * that names the field, then one that names the element's categories, then one that names
 * only the class; the first written wins a tie.
 */
public final class DeclarationBinder {

    private final List<CompiledDeclaration> declarations;

    public DeclarationBinder(Policy policy) {
        this.declarations = policy.declarations().stream().map(CompiledDeclaration::new).toList();
    }

    /**
     * @param explicit whether the declaration names this very field, which makes it personal
     *     data whatever the classifier said
     */
    public record Binding(BoundDeclaration declaration, boolean explicit) {
    }

    public Optional<Binding> bind(CodeElement element, TypeInfo owner, Classification classification) {
        Optional<PersonalDataAnnotation> onField = PersonalDataAnnotation.find(element.annotations());
        if (onField.isPresent()) {
            return Optional.of(new Binding(fromAnnotation(onField.get(), element), true));
        }
        Optional<PersonalDataAnnotation> onClass = PersonalDataAnnotation.find(owner.annotations());
        if (onClass.isPresent() && classification.personal()) {
            return Optional.of(new Binding(fromAnnotation(onClass.get(), element), false));
        }
        CompiledDeclaration best = null;
        for (int i = 0; i < declarations.size(); i++) {
            CompiledDeclaration declaration = declarations.get(i);
            // the most specific; of equally specific ones the first in rule-file order
            if (declaration.covers(element, classification) && (best == null || declaration.specificity() > best.specificity())) {
                best = declaration;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Binding(best.bound(), best.names(element)));
    }

    /** The rule-file declarations, in order, for checks that look for stale ones. */
    public List<Declaration> declarations() {
        return declarations.stream().map(CompiledDeclaration::declaration).toList();
    }

    private static BoundDeclaration fromAnnotation(PersonalDataAnnotation annotation, CodeElement element) {
        return new BoundDeclaration(
                BoundDeclaration.Source.ANNOTATION,
                null,
                annotation.categories(),
                annotation.purposes(),
                annotation.legalBasis(),
                annotation.retention(),
                new SourceRef(element.file(), element.line(), element.column()));
    }

    /** A declaration with its class globs compiled once. */
    private record CompiledDeclaration(Declaration declaration, List<ClassGlob> classes) {

        CompiledDeclaration(Declaration declaration) {
            this(declaration, ClassGlob.all(declaration.classes()));
        }

        boolean matchesClass(String className) {
            return ClassGlob.anyMatches(classes, className);
        }

        boolean names(CodeElement element) {
            return declaration.fields().contains(element.member()) && matchesClass(element.className());
        }

        boolean covers(CodeElement element, Classification classification) {
            if (!matchesClass(element.className())) {
                return false;
            }
            if (!declaration.fields().isEmpty()) {
                return declaration.fields().contains(element.member());
            }
            if (!classification.personal()) {
                return false;
            }
            return declaration.categories().isEmpty()
                    || classification.categories().stream().anyMatch(this::declaresCategory);
        }

        private boolean declaresCategory(String category) {
            return declaration.categories().stream()
                    .anyMatch(d -> DataCategory.isWithin(category, d));
        }

        /** Higher is more specific; {@code Stream.max} keeps the first of equals, so the first written wins. */
        int specificity() {
            return !declaration.fields().isEmpty() ? 2 : !declaration.categories().isEmpty() ? 1 : 0;
        }

        BoundDeclaration bound() {
            return new BoundDeclaration(
                    BoundDeclaration.Source.YAML,
                    declaration.id(),
                    declaration.categories(),
                    declaration.purposes(),
                    declaration.legalBasis(),
                    declaration.retention(),
                    declaration.ref());
        }
    }
}
