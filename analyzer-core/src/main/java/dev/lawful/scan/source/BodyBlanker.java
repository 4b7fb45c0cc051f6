package dev.lawful.scan.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.utils.StringEscapeUtils;
import dev.lawful.scan.SourceFileScan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Blanks the bodies of methods, constructors and initializers before the file is parsed.
 * Fields, record components, types and their annotations never live in a body, yet bodies
 * are most of a file's tokens, so the parser does far less work. A body's text goes but its
 * line breaks stay, and its last line becomes spaces, so lines and columns of what is left do
 * not move.
 *
 * <p>A light lexer (comments, strings, text blocks, character literals) finds the bodies: an
 * opening brace inside a type body whose declaration head ends with {@code )} or names
 * {@code throws}, or whose head is empty or {@code static} (an initializer). A type body is a
 * brace whose head names {@code class}, {@code interface}, {@code enum} or {@code record}. Any
 * other brace (an array initializer, a lambda, a compact constructor) is left as it is. A body
 * that declares a local type is kept whole, since its fields matter. The string literals of a
 * blanked body that look like URLs or hosts are returned, because recipient detection needs
 * them. If the blanked text does not parse, the scanner parses the original.
 *
 * <p>Comments go too, since the scanner reads only the Javadoc of types, fields and records:
 * a license header, line and block comments, the comments inside bodies, and the Javadoc of
 * methods, constructors, initializers, the package and imports. They are a sixth of a
 * typical file's characters, and every one of them is lexed.
 *
 * <p>With a {@link SinkPrefilter}, a body that may call a sink is kept for the flow analysis;
 * so are a {@code toString()} body (it tells which fields an object prints) and the bodies of
 * the private methods a kept body calls (the flow follows calls into them).
 */
final class BodyBlanker {

    private enum Brace { TYPE_BODY, OTHER }

    /** Marks a character to drop from the blanked text. */
    private static final char REMOVED = '\0';

    /**
     * The columns a tab stands for in a blanked text made from a file without tabs (and
     * without unicode escapes): its
     * indentation is written as tabs (JavaParser makes every whitespace character a token, and
     * indentation is a tenth of a file), and it is parsed with this tab size, so columns do not
     * move.
     */
    static final int TAB_SIZE = 4;

    private final String source;
    private final boolean withoutInitializers;
    private final char[] out;
    private final SinkPrefilter prefilter;
    /** Made at the first body, when the file's imports, which open the sinks' methods, are all read. */
    private SinkPrefilter.FileMarkers markers;
    private final List<PendingBody> pending = new ArrayList<>();
    /** The file without its comments, read once a sliced body asks who calls it; null before. */
    private String code;
    private final List<SourceFileScan.Literal> literals = new ArrayList<>();
    private final List<DeclaredImport> imports = new ArrayList<>();
    /** Where text blocks start and end: their indentation is content. */
    private final List<int[]> textBlocks = new ArrayList<>();
    private final Deque<Brace> braces = new ArrayDeque<>();
    private final StringBuilder head = new StringBuilder();
    private int parenDepth;
    /** Where the declaration being read starts (its first character of code), and on which line; -1 before it. */
    private int headStart = -1;
    private int headLine;
    /** The Javadoc read last in a type body, until the declaration it documents shows what it is; -1 when none. */
    private int javadocFrom = -1;
    private int javadocTo;
    private int position;
    private int line = 1;
    private int column = 1;

    private BodyBlanker(String source, SinkPrefilter prefilter, boolean withoutInitializers) {
        this.source = source;
        this.withoutInitializers = withoutInitializers;
        this.out = source.toCharArray();
        this.prefilter = prefilter;
    }

    /**
     * The source with bodies blanked, and the network literals that were in them.
     *
     * @param sinkBodies how many bodies were kept because they may call a sink
     * @param keptBodies how many bodies were kept for the flow analysis in all (sinks, private
     *     methods beside them, {@code toString})
     */
    record Blanked(String text, int tabSize, List<SourceFileScan.Literal> bodyLiterals, List<DeclaredImport> imports,
            int sinkBodies, int keptBodies) {

        /** The imports taken out of the text, and any the text kept (read from its tree), in order. */
        List<DeclaredImport> importsWith(CompilationUnit unit) {
            if (unit.getImports().isEmpty()) {
                return imports;
            }
            List<DeclaredImport> all = new ArrayList<>(imports);
            all.addAll(DeclaredImport.of(unit));
            all.sort(Comparator.comparingInt(DeclaredImport::line));
            return List.copyOf(all);
        }
    }

    /** A body seen, to blank or keep once the whole file is read. */
    private record PendingBody(int from, int to, int literalsFrom, int literalsTo, boolean sink, boolean isPrivate,
            boolean isToString, String name, BodyStatements statements) {
    }

    static Blanked blank(String source) {
        return blank(source, SinkPrefilter.NONE, false);
    }

    /** The source with the bodies blanked that {@code prefilter} does not keep for the flow analysis. */
    static Blanked blank(String source, SinkPrefilter prefilter) {
        return blank(source, prefilter, false);
    }

    /**
     * The declarations alone: bodies blanked, and each field initializer replaced by {@code 0},
     * for a file whose initializers nest too deep to parse. Lines and columns stay as they are.
     * No body is kept for the flow analysis.
     */
    static Blanked declarationsOnly(String source) {
        return blank(source, SinkPrefilter.NONE, true);
    }

    private static Blanked blank(String source, SinkPrefilter prefilter, boolean withoutInitializers) {
        BodyBlanker blanker = new BodyBlanker(source, prefilter, withoutInitializers);
        blanker.scanDeclarations();
        int keptBodies = blanker.applyPending();
        int sinkBodies = (int) blanker.pending.stream().filter(PendingBody::sink).count();
        // the parser maps the positions after a unicode escape by characters, not by tab stops
        boolean tabbed = source.indexOf('\t') < 0 && !source.contains("\\u");
        return new Blanked(blanker.text(tabbed), tabbed ? TAB_SIZE : 1, List.copyOf(blanker.literals),
                List.copyOf(blanker.imports), sinkBodies, keptBodies);
    }

    /**
     * Blanks the bodies that are not kept; returns how many were kept. A body that calls a
     * private method with a sink in it is kept as a sink body too, since what it passes is
     * what reaches the sink.
     */
    private int applyPending() {
        List<String> privateSinks = pending.stream().filter(b -> b.sink() && b.isPrivate() && !b.name().isEmpty())
                .map(PendingBody::name).toList();
        if (!privateSinks.isEmpty()) {
            for (int i = 0; i < pending.size(); i++) {
                PendingBody body = pending.get(i);
                if (!body.sink() && callsAny(body, privateSinks)) {
                    pending.set(i, new PendingBody(body.from(), body.to(), body.literalsFrom(), body.literalsTo(), true,
                            body.isPrivate(), body.isToString(), body.name(), body.statements()));
                }
            }
        }
        boolean[] keep = keptBodies();
        Set<String> sinkMethods = pending.stream().filter(PendingBody::sink).map(PendingBody::name)
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        int kept = 0;
        List<SourceFileScan.Literal> keptLiterals = new ArrayList<>();
        int copiedUpTo = 0;
        for (int i = 0; i < pending.size(); i++) {
            PendingBody body = pending.get(i);
            keptLiterals.addAll(literals.subList(copiedUpTo, body.literalsFrom()));
            if (keep[i]) {
                kept++;
                copiedUpTo = body.literalsTo();
                for (BodyStatements.Blank blank : unneededStatements(body, sinkMethods)) {
                    replaceInside(blank.from(), blank.to(), blank.replacement());
                    keptLiterals.addAll(literals.subList(blank.literalsFrom(), blank.literalsTo()));
                }
            } else {
                removeInside(body.from(), body.to());
                copiedUpTo = body.literalsFrom();
            }
        }
        keptLiterals.addAll(literals.subList(copiedUpTo, literals.size()));
        literals.clear();
        literals.addAll(keptLiterals);
        return kept;
    }

    /**
     * The statements of a kept body that no flow into a sink passes through ({@link
     * BodyStatements}): a call of the file's own methods that reach a sink is needed like a sink
     * call, and the {@code return}s are needed when the method is private (a kept private method
     * is one a kept body calls) or called elsewhere in the file. {@code toString} stays whole: it
     * tells which fields an object prints.
     */
    private List<BodyStatements.Blank> unneededStatements(PendingBody body, Set<String> sinkMethods) {
        if (body.isToString() || body.statements() == null) {
            return List.of();
        }
        // named more than once (its declaration and a call, or an overload): what it gives back may be read
        boolean resultMatters = body.isPrivate() || !body.name().isEmpty() && namedTwice(body.name());
        return body.statements().unneeded(out, resultMatters, sinkMethods, prefilter.mutators());
    }

    /**
     * Which bodies to keep: the sink bodies, {@code toString}, and the private methods a kept
     * body calls (the flow follows calls into them), and the ones those call in turn.
     */
    private boolean[] keptBodies() {
        boolean[] keep = new boolean[pending.size()];
        List<Integer> reached = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            PendingBody body = pending.get(i);
            keep[i] = body.sink() || markers().active() && body.isToString();
            if (body.sink()) {
                reached.add(i);
            }
        }
        while (!reached.isEmpty()) {
            PendingBody caller = pending.get(reached.remove(reached.size() - 1));
            String text = source.substring(caller.from(), Math.max(caller.from(), caller.to()));
            for (int i = 0; i < pending.size(); i++) {
                PendingBody callee = pending.get(i);
                if (!keep[i] && callee.isPrivate() && !callee.name().isEmpty() && calls(text, callee.name())) {
                    keep[i] = true;
                    reached.add(i);
                }
            }
        }
        return keep;
    }

    /**
     * What is left, without the removed characters; with {@code tabbed}, each line's leading
     * spaces become tabs of {@link #TAB_SIZE} columns and the spaces that do not fill one (or
     * nothing, on a line with nothing else), except inside text blocks.
     */
    private String text(boolean tabbed) {
        StringBuilder text = new StringBuilder(out.length);
        int indentation = 0;
        boolean lineStart = true;
        int textBlock = 0;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            while (textBlock < textBlocks.size() && textBlocks.get(textBlock)[1] <= i) {
                textBlock++;
            }
            boolean inTextBlock = textBlock < textBlocks.size() && textBlocks.get(textBlock)[0] <= i;
            if (c == REMOVED) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                indentation = 0;
                lineStart = true;
            } else if (tabbed && lineStart && c == ' ' && !inTextBlock) {
                indentation++;
                continue;
            } else if (lineStart) {
                text.append("\t".repeat(indentation / TAB_SIZE)).append(" ".repeat(indentation % TAB_SIZE));
                lineStart = false;
            }
            text.append(c);
        }
        return text.toString();
    }

    private void scanDeclarations() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (startsComment()) {
                readDeclarationComment();
            } else if (c == '"' || c == '\'') {
                skipLiteral(false);
                head.append('"');
            } else if (c == '{') {
                openBrace();
            } else if (c == '}') {
                braces.pollFirst();
                keepJavadoc();
                resetHead();
                advance();
            } else if (c == ';') {
                endDeclaration();
            } else if (c == '=' && withoutInitializers && parenDepth == 0 && braces.peekFirst() == Brace.TYPE_BODY) {
                advance();
                blankInitializer();
            } else {
                trackHead(c);
                advance();
            }
        }
    }

    /**
     * A comment between declarations. The scanner reads only the Javadoc of types, fields and
     * records, so any other comment is removed (a license header, a line comment), and a
     * Javadoc waits for the declaration it documents: it goes when that is a method,
     * constructor or initializer, or the package or an import.
     */
    private void readDeclarationComment() {
        int from = position;
        boolean javadoc = source.startsWith("/**", position) && !source.startsWith("/**/", position);
        skipComment();
        if (javadoc) {
            javadocFrom = from;
            javadocTo = position;
        } else {
            removeUnread(from, position);
        }
    }

    private void keepJavadoc() {
        javadocFrom = -1;
    }

    private void removeJavadoc() {
        if (javadocFrom >= 0) {
            removeUnread(javadocFrom, javadocTo);
            javadocFrom = -1;
        }
    }

    /**
     * Removes a comment or an import as {@link #removeInside} removes a body, but its last
     * line's text too when no code follows it on that line (a line comment always), so no
     * space is left to become a token.
     */
    private void removeUnread(int from, int to) {
        int end = to;
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        boolean codeFollows = end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r';
        if (codeFollows) {
            removeInside(from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = REMOVED;
            }
        }
    }

    /**
     * At the semicolon that ends a declaration. An import is read here and removed from the
     * text; the Javadoc of an import or the package goes with it.
     */
    private void endDeclaration() {
        String declaration = head.toString().strip();
        boolean header = braces.isEmpty() && (declaration.startsWith("package") || declaration.startsWith("import"));
        if (header) {
            removeJavadoc();
        } else {
            keepJavadoc();
        }
        Optional<DeclaredImport> imported = header ? DeclaredImport.parse(declaration, headLine) : Optional.empty();
        if (!braces.isEmpty() && declaration.indexOf('.') > 0) {
            // a field typed by its qualified name (org.apache.log4j.Logger log) opens the sink's methods as an import does
            markers().openQualified(declaration);
        }
        int start = headStart;
        resetHead();
        advance();
        imported.ifPresent(declared -> {
            imports.add(declared);
            removeUnread(start, position);
        });
    }

    private SinkPrefilter.FileMarkers markers() {
        if (markers == null) {
            markers = prefilter.forImports(imports);
        }
        return markers;
    }

    private void trackHead(char c) {
        if (headStart < 0 && !Character.isWhitespace(c)) {
            headStart = position;
            headLine = line;
        }
        if (c == '(') {
            parenDepth++;
        } else if (c == ')') {
            parenDepth = Math.max(0, parenDepth - 1);
        }
        if (parenDepth == 0 || c == '(') {
            head.append(Character.isWhitespace(c) ? ' ' : c);
        }
    }

    private void resetHead() {
        head.setLength(0);
        headStart = -1;
        parenDepth = 0;
    }

    private void openBrace() {
        String declaration = head.toString().strip();
        boolean inTypeBody = braces.peekFirst() == Brace.TYPE_BODY;
        resetHead();
        if (declaresType(declaration) || braces.isEmpty()) {
            keepJavadoc();
            braces.push(Brace.TYPE_BODY);
            advance();
        } else if (inTypeBody && isBodyHead(declaration)) {
            removeJavadoc();
            blankBody(declaration);
        } else {
            keepJavadoc();
            braces.push(Brace.OTHER);
            advance();
        }
    }

    private static boolean declaresType(String declaration) {
        return containsWord(declaration, "class") || containsWord(declaration, "interface")
                || containsWord(declaration, "enum") || declaresRecord(declaration);
    }

    /** {@code record Name}: the keyword followed by a name, not a method called record. */
    private static boolean declaresRecord(String declaration) {
        int at = wordIndex(declaration, "record");
        if (at < 0) {
            return false;
        }
        int next = at + "record".length();
        while (next < declaration.length() && declaration.charAt(next) == ' ') {
            next++;
        }
        return next > at + "record".length() && next < declaration.length()
                && Character.isJavaIdentifierStart(declaration.charAt(next));
    }

    private boolean callsAny(PendingBody body, List<String> methods) {
        String text = source.substring(body.from(), Math.max(body.from(), body.to()));
        return methods.stream().anyMatch(method -> calls(text, method));
    }

    private static boolean calls(String text, String method) {
        int at = wordIndex(text, method);
        return at >= 0 && text.indexOf('(', at) >= 0;
    }

    /** The name a method head declares ({@code private String describe(Customer c)} gives describe), or "". */
    private static String methodName(String declaration) {
        int paren = declaration.indexOf('(');
        if (paren <= 0) {
            return "";
        }
        int end = paren;
        while (end > 0 && declaration.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(declaration.charAt(start - 1))) {
            start--;
        }
        return declaration.substring(start, end);
    }

    private static boolean isBodyHead(String declaration) {
        return declaration.isEmpty()
                || declaration.equals("static")
                || declaration.endsWith(")")
                || containsWord(declaration, "throws");
    }

    /** Whether {@code word} stands in {@code text} as a whole identifier. */
    private static boolean containsWord(String text, String word) {
        return wordIndex(text, word) >= 0;
    }

    /** Where {@code word} first stands in {@code text} as a whole identifier, or -1. */
    private static int wordIndex(String text, String word) {
        return wordIndex(text, word, 0);
    }

    /** Where {@code word} first stands in {@code text} as a whole identifier at or after {@code from}, or -1. */
    private static int wordIndex(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /** From an opening brace to its match: blanks the inside unless it declares a local type. */
    private void blankBody(String declaration) {
        SinkPrefilter.FileMarkers markers = markers();
        markers.startBody();
        BodyStatements statements = null;
        // made once: the statements ask it at each end of a statement, read character by character
        BooleanSupplier endStatement = markers::endStatement;
        int start = position;
        int startLine = line;
        int startColumn = column;
        int literalsBefore = literals.size();
        List<int[]> comments = new ArrayList<>();
        int depth = 0;
        boolean declaresLocalType = false;
        char lastCode = ' ';
        while (position < source.length()) {
            char c = source.charAt(position);
            if (startsComment()) {
                int from = position;
                skipComment();
                comments.add(new int[] {from, position});
                continue;
            }
            if (c == '"' || c == '\'') {
                skipLiteral(true);
                markers.literal();
                lastCode = c;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int identifierStart = position;
                declaresLocalType |= readsLocalTypeKeyword(lastCode);
                markers.identifier(source, identifierStart, position);
                lastCode = 'a';
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lastCode = c;
            }
            markers.punctuation(c);
            if (statements != null && !(c == '}' && depth == 1)) {
                statements.punctuation(c, position, literals.size(), endStatement);
            }
            advance();
            if (c == '{' && ++depth == 1 && markers.active()) {
                statements = new BodyStatements(position, literals.size());
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        if (declaresLocalType) {
            restore(start, startLine, startColumn, literalsBefore);
        } else {
            // a kept body is parsed for its calls, never for its comments
            comments.forEach(comment -> removeUnread(comment[0], comment[1]));
            pending.add(new PendingBody(start + 1, position - 1, literalsBefore, literals.size(), markers.bodyHit(),
                    containsWord(declaration, "private"), declaration.endsWith("toString()"), methodName(declaration),
                    statements));
        }
    }

    /**
     * From after a field's {@code =} to the comma or semicolon that ends its initializer, outside
     * brackets, comments and literals: the initializer becomes {@code 0}, which parses wherever an
     * initializer may stand, and its other text is removed as a body's is.
     */
    private void blankInitializer() {
        int start = position;
        int depth = 0;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (startsComment()) {
                skipComment();
                continue;
            }
            if (c == '"' || c == '\'') {
                skipLiteral(true);
                continue;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '}')) {
                break;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            advance();
        }
        int first = start;
        while (first < position && Character.isWhitespace(out[first])) {
            first++;
        }
        if (first < position) {
            out[first] = '0';
            removeInside(first + 1, position);
        }
    }

    /**
     * Removes the text between two offsets but its line breaks, so that lines do not move; the
     * last line's text becomes spaces, so that the closing brace keeps its column. (Spaces are
     * not simply written everywhere: JavaParser makes every whitespace character a token.)
     */
    private void removeInside(int from, int to) {
        int lastBreak = from - 1;
        for (int i = from; i < to; i++) {
            if (out[i] == '\n' || out[i] == '\r') {
                lastBreak = i;
            }
        }
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = i > lastBreak ? ' ' : REMOVED;
            }
        }
    }

    /** Whether {@code name} stands in the file's code (not its comments) as a whole identifier at least twice. */
    private boolean namedTwice(String name) {
        if (code == null) {
            code = new String(out);
        }
        int first = wordIndex(code, name);
        return first >= 0 && wordIndex(code, name, first + name.length()) >= 0;
    }

    /** Writes {@code replacement} at the first character of code from {@code from} on, and removes the rest up to {@code to}. */
    private void replaceInside(int from, int to, String replacement) {
        int first = from;
        while (first < to && Character.isWhitespace(out[first])) {
            first++;
        }
        if (to - first < replacement.length()) {
            return;
        }
        for (int i = 0; i < replacement.length(); i++) {
            out[first + i] = replacement.charAt(i);
        }
        removeInside(first + replacement.length(), to);
    }

    /** Rescans a body that must be parsed after all, as an ordinary brace. */
    private void restore(int start, int startLine, int startColumn, int literalsBefore) {
        literals.subList(literalsBefore, literals.size()).clear();
        position = start;
        line = startLine;
        column = startColumn;
        braces.push(Brace.OTHER);
        advance();
    }

    /**
     * Reads one identifier; true when it starts a local class, interface, enum or record.
     *
     * @param before the last character of code before it ({@code .} in {@code String.class})
     */
    private boolean readsLocalTypeKeyword(char before) {
        int start = position;
        while (position < source.length() && Character.isJavaIdentifierPart(source.charAt(position))) {
            advance();
        }
        if (before == '.') {
            return false;
        }
        return isWord(start, "class") || isWord(start, "interface") || isWord(start, "enum")
                || isWord(start, "record") && recordHeaderFollows();
    }

    private boolean isWord(int start, String word) {
        return position - start == word.length() && source.startsWith(word, start);
    }

    /** After {@code record}: an identifier, then {@code (} or {@code <}, as in a record declaration. */
    private boolean recordHeaderFollows() {
        int i = skipWhitespace(position);
        if (i >= source.length() || !Character.isJavaIdentifierStart(source.charAt(i))) {
            return false;
        }
        while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
            i++;
        }
        i = skipWhitespace(i);
        return i < source.length() && (source.charAt(i) == '(' || source.charAt(i) == '<');
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean startsComment() {
        return source.charAt(position) == '/' && position + 1 < source.length()
                && (source.charAt(position + 1) == '/' || source.charAt(position + 1) == '*');
    }

    private void skipComment() {
        boolean block = source.charAt(position + 1) == '*';
        advance();
        advance();
        while (position < source.length()) {
            char c = source.charAt(position);
            if (!block && (c == '\n' || c == '\r')) {
                return;
            }
            advance();
            if (block && c == '*' && position < source.length() && source.charAt(position) == '/') {
                advance();
                return;
            }
        }
    }

    /** Skips a string, text block or character literal; keeps network strings found in bodies. */
    private void skipLiteral(boolean inBody) {
        char quote = source.charAt(position);
        boolean textBlock = quote == '"' && source.startsWith("\"\"\"", position);
        int literalLine = line;
        int literalColumn = column;
        int contentStart = position + (textBlock ? 3 : 1);
        for (int i = 0; i < (textBlock ? 3 : 1); i++) {
            advance();
        }
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\\') {
                advance();
                advance();
                continue;
            }
            if (!textBlock && (c == quote || c == '\n')) {
                break;
            }
            if (textBlock && source.startsWith("\"\"\"", position)) {
                break;
            }
            advance();
        }
        String content = source.substring(contentStart, Math.min(position, source.length()));
        for (int i = 0; i < (textBlock ? 3 : 1) && position < source.length(); i++) {
            advance();
        }
        if (textBlock) {
            textBlocks.add(new int[] {contentStart, position});
        }
        if (inBody && quote == '"' && !textBlock && NetworkLiterals.looksLikeUrlOrHost(content)) {
            literals.add(new SourceFileScan.Literal(StringEscapeUtils.unescapeJava(content), literalLine, literalColumn));
        }
    }

    private void advance() {
        if (position >= source.length()) {
            return;
        }
        if (source.charAt(position) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        position++;
    }
}
