package dev.lawful.scan.source;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.PrinterConfiguration;
import dev.lawful.scan.AnnotationUse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Annotations as {@link AnnotationUse}: simple name, attribute values as source text without
 * quotes; an array becomes its elements joined by ','; a concatenation of string literals is
 * joined into one string.
 */
final class Annotations {

    private Annotations() {
    }

    static List<AnnotationUse> of(NodeList<AnnotationExpr> annotations) {
        return annotations.stream().map(Annotations::use).toList();
    }

    private static AnnotationUse use(AnnotationExpr annotation) {
        String name = annotation.getName().getIdentifier();
        Map<String, String> values = new LinkedHashMap<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            values.put("value", text(single.getMemberValue()));
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                values.put(pair.getNameAsString(), text(pair.getValue()));
            }
        }
        return new AnnotationUse(name, values);
    }

    private static String text(Expression value) {
        if (value instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (value instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        if (value instanceof ArrayInitializerExpr array) {
            return array.getValues().stream().map(Annotations::text).collect(Collectors.joining(","));
        }
        if (value instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                && isStringConcatenation(binary)) {
            return text(binary.getLeft()) + text(binary.getRight());
        }
        return value.toString(withoutComments());
    }

    /**
     * A comment inside a value is no part of it (and the scanner removes comments before
     * parsing). A new configuration each time: a printer writes into the one it is given.
     */
    private static PrinterConfiguration withoutComments() {
        return new DefaultPrinterConfiguration()
                .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS))
                .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
    }

    private static boolean isStringConcatenation(BinaryExpr binary) {
        return isStringPart(binary.getLeft()) && isStringPart(binary.getRight());
    }

    private static boolean isStringPart(Expression expression) {
        if (expression instanceof StringLiteralExpr) {
            return true;
        }
        return expression instanceof BinaryExpr inner && inner.getOperator() == BinaryExpr.Operator.PLUS
                && isStringConcatenation(inner);
    }
}
