package dev.lawful.scan.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns one parsed compilation unit into a {@link SourceFileScan}; the tree is not kept. */
final class CompilationUnitReader {

    private final String path;

    CompilationUnitReader(String path) {
        this.path = path;
    }

    /**
     * @param bodyLiterals network literals from method bodies that were blanked before parsing
     */
    SourceFileScan read(ParsedUnit parsed, List<SourceFileScan.Literal> bodyLiterals) {
        String packageName = parsed.packageName();
        List<TypeInfo> types = new ArrayList<>();
        for (TypeDeclaration<?> type : parsed.types()) {
            String qualifiedName = qualifiedName(packageName, type);
            if (qualifiedName != null) {
                types.add(typeInfo(qualifiedName, type));
            }
        }
        List<SourceFileScan.Import> imports = parsed.imports().stream().map(DeclaredImport::toScanImport).toList();
        List<SourceFileScan.Literal> literals = new ArrayList<>();
        for (StringLiteralExpr literal : parsed.strings()) {
            String value = literal.getValue();
            if (NetworkLiterals.looksLikeUrlOrHost(value)) {
                Position begin = begin(literal);
                literals.add(new SourceFileScan.Literal(literal.asString(), begin.line, begin.column));
            }
        }
        literals.addAll(bodyLiterals);
        literals.sort(Comparator.comparingInt(SourceFileScan.Literal::line).thenComparingInt(SourceFileScan.Literal::column));
        return new SourceFileScan(path, types, imports, literals);
    }

    /**
     * The dotted name through every enclosing type, or null for a type that lives inside an
     * anonymous class or an enum constant's body, which has no name a user could refer to.
     */
    private static String qualifiedName(String packageName, TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        Node node = type.getParentNode().orElse(null);
        while (node != null) {
            if (node instanceof ObjectCreationExpr || node instanceof EnumConstantDeclaration) {
                return null;
            }
            if (node instanceof TypeDeclaration<?> enclosing) {
                name.insert(0, enclosing.getNameAsString() + ".");
            }
            node = node.getParentNode().orElse(null);
        }
        return packageName.isEmpty() ? name.toString() : packageName + "." + name;
    }

    private TypeInfo typeInfo(String qualifiedName, TypeDeclaration<?> type) {
        TypeInfo.Kind kind = kindOf(type);
        String superclass = null;
        List<String> interfaces = List.of();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            List<String> extended = declaration.getExtendedTypes().stream().map(ClassOrInterfaceType::asString).toList();
            List<String> implemented = declaration.getImplementedTypes().stream().map(ClassOrInterfaceType::asString).toList();
            if (declaration.isInterface()) {
                interfaces = extended;
            } else {
                superclass = extended.isEmpty() ? null : extended.get(0);
                interfaces = implemented;
            }
        } else if (type instanceof EnumDeclaration declaration) {
            interfaces = declaration.getImplementedTypes().stream().map(ClassOrInterfaceType::asString).toList();
        } else if (type instanceof RecordDeclaration declaration) {
            interfaces = declaration.getImplementedTypes().stream().map(ClassOrInterfaceType::asString).toList();
        }
        List<CodeElement> fields = new ArrayList<>();
        if (type instanceof RecordDeclaration record) {
            Map<String, String> paramDocs = Javadocs.paramDescriptions(record);
            for (Parameter parameter : record.getParameters()) {
                fields.add(component(qualifiedName, parameter, paramDocs.getOrDefault(parameter.getNameAsString(), null)));
            }
        }
        boolean implicitConstants = kind == TypeInfo.Kind.INTERFACE || kind == TypeInfo.Kind.ANNOTATION;
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    fields.add(field(qualifiedName, field, variable, implicitConstants));
                }
            }
        }
        return new TypeInfo(qualifiedName, type.getNameAsString(), kind, superclass, interfaces,
                Annotations.of(type.getAnnotations()), Javadocs.of(type), fields);
    }

    private static TypeInfo.Kind kindOf(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? TypeInfo.Kind.INTERFACE : TypeInfo.Kind.CLASS;
        }
        if (type instanceof EnumDeclaration) {
            return TypeInfo.Kind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return TypeInfo.Kind.RECORD;
        }
        if (type instanceof AnnotationDeclaration) {
            return TypeInfo.Kind.ANNOTATION;
        }
        return TypeInfo.Kind.CLASS;
    }

    private CodeElement field(String owner, FieldDeclaration field, VariableDeclarator variable, boolean implicitConstant) {
        Position at = begin(variable.getName());
        return new CodeElement(owner, variable.getNameAsString(), CodeElement.Kind.FIELD,
                variable.getType().asString(),
                implicitConstant || field.isStatic(), implicitConstant || field.isFinal(),
                Annotations.of(field.getAnnotations()), Javadocs.of(field),
                path, at.line, at.column, Origin.SOURCE);
    }

    private CodeElement component(String owner, Parameter parameter, String javadoc) {
        Position at = begin(parameter.getName());
        String type = parameter.getType().asString() + (parameter.isVarArgs() ? "[]" : "");
        return new CodeElement(owner, parameter.getNameAsString(), CodeElement.Kind.RECORD_COMPONENT,
                type, false, true, Annotations.of(parameter.getAnnotations()), javadoc,
                path, at.line, at.column, Origin.SOURCE);
    }

    private static Position begin(Node node) {
        return node.getBegin().orElse(new Position(0, 0));
    }

    /** Javadoc as plain text, or null. */
    static final class Javadocs {

        private Javadocs() {
        }

        static String of(NodeWithJavadoc<?> node) {
            return node.getJavadoc().or(() -> displaced(node))
                    .map(doc -> doc.getDescription().toText().strip())
                    .filter(text -> !text.isEmpty())
                    .orElse(null);
        }

        /**
         * The Javadoc right above a declaration that also has a comment at its line's end
         * ({@code private String email; // legacy}): JavaParser gives the node the line comment and
         * leaves the Javadoc an orphan of the enclosing type.
         */
        private static java.util.Optional<com.github.javaparser.javadoc.Javadoc> displaced(NodeWithJavadoc<?> node) {
            if (!(node instanceof com.github.javaparser.ast.Node declaration) || declaration.getComment().isEmpty()
                    || declaration.getBegin().isEmpty() || declaration.getParentNode().isEmpty()) {
                return java.util.Optional.empty();
            }
            int line = declaration.getBegin().get().line;
            return declaration.getParentNode().get().getOrphanComments().stream()
                    .filter(com.github.javaparser.ast.comments.Comment::isJavadocComment)
                    .filter(comment -> comment.getEnd().map(end -> end.line == line - 1).orElse(false))
                    .findFirst()
                    .map(comment -> comment.asJavadocComment().parse());
        }

        /** A record's {@code @param} descriptions, which document its components. */
        static Map<String, String> paramDescriptions(RecordDeclaration record) {
            var docs = new java.util.HashMap<String, String>();
            record.getJavadoc().ifPresent(doc -> doc.getBlockTags().stream()
                    .filter(tag -> tag.getType() == com.github.javaparser.javadoc.JavadocBlockTag.Type.PARAM)
                    .forEach(tag -> tag.getName().ifPresent(name ->
                            docs.put(name, tag.getContent().toText().strip()))));
            return docs;
        }
    }
}
