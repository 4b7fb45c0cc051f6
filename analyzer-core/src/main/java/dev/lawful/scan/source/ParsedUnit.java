package dev.lawful.scan.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed file as the scan's readers take it: the syntax tree, the file's imports (the
 * parsed text may have had them removed) and the nodes the readers look for, found in one
 * walk. With the bodies kept for flows a tree is large, and each walk over it costs as much
 * as a tenth of its parse.
 *
 * @param types every type declared in the file, nested and local ones too, in the order of the text
 * @param strings every string literal
 */
record ParsedUnit(CompilationUnit unit, List<DeclaredImport> imports, List<TypeDeclaration<?>> types,
        List<StringLiteralExpr> strings) {

    static ParsedUnit of(CompilationUnit unit, List<DeclaredImport> imports) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        List<StringLiteralExpr> strings = new ArrayList<>();
        unit.walk(node -> {
            if (node instanceof TypeDeclaration<?> type) {
                types.add(type);
            } else if (node instanceof StringLiteralExpr string) {
                strings.add(string);
            }
        });
        return new ParsedUnit(unit, List.copyOf(imports), List.copyOf(types), List.copyOf(strings));
    }

    String packageName() {
        return unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }
}
