package dev.lawful.scan.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.lawful.scan.SourceFileScan;
import java.util.List;
import java.util.Optional;

/**
 * One import declaration of a file: read from the syntax tree, or from the text by the
 * {@link BodyBlanker}, which removes the imports before parsing (they are a tenth of a typical
 * file's characters, and reading them needs no parser).
 *
 * @param name the imported name, without {@code .*}
 * @param line the line of the {@code import} keyword
 */
record DeclaredImport(String name, boolean isStatic, boolean onDemand, int line) {

    static List<DeclaredImport> of(CompilationUnit unit) {
        return unit.getImports().stream().map(DeclaredImport::of).toList();
    }

    private static DeclaredImport of(ImportDeclaration declaration) {
        return new DeclaredImport(declaration.getNameAsString(), declaration.isStatic(), declaration.isAsterisk(),
                declaration.getBegin().map(begin -> begin.line).orElse(0));
    }

    /**
     * The import a declaration's text states, its comments already left out and its
     * whitespace runs made single spaces ({@code import static a.b.C.*}), or empty when the
     * text is no plain import (a unicode escape in it, say: the parser then reads it).
     */
    static Optional<DeclaredImport> parse(String declaration, int line) {
        String[] words = declaration.strip().split(" ", -1);
        if (words.length < 2 || !words[0].equals("import") || declaration.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        boolean isStatic = words[1].equals("static");
        String name = String.join("", List.of(words).subList(isStatic ? 2 : 1, words.length));
        boolean onDemand = name.endsWith(".*");
        if (onDemand) {
            name = name.substring(0, name.length() - 2);
        }
        if (!isQualifiedName(name)) {
            return Optional.empty();
        }
        return Optional.of(new DeclaredImport(name, isStatic, onDemand, line));
    }

    private static boolean isQualifiedName(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    /** As the scan records it: on-demand imports end in {@code .*}. */
    SourceFileScan.Import toScanImport() {
        return new SourceFileScan.Import(onDemand ? name + ".*" : name, line);
    }
}
