package dev.lawful.scan.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The statements of one method body, and which of them a flow into a sink can pass through: a
 * backward slice that decides which statements of a kept body the parser must read.
 *
 * <p>While the blanker reads a body it marks where each statement ends (a semicolon, an
 * opening or a closing brace outside parentheses) and whether it may call a sink. Once the body
 * is kept, each statement's names are read: the variables it uses, and the ones it sets as the
 * flow analysis tracks them (a declaration, {@code x =} and {@code x +=}, an element
 * {@code x[i] =}, a mutator such as {@code sb.append(…)}, a loop's or a catch's variable). A
 * sink call is needed; so is a {@code return} when the method's result matters, and a call of
 * the file's own methods that reach a sink. Then every statement that sets a variable a needed
 * statement uses is needed too, until nothing more is reached. The rest is blanked to its
 * semicolon.
 *
 * <p>Only a simple statement that ends with a semicolon and starts with a name, a primitive
 * type, {@code final} or {@code this.} is blanked: one that starts with a keyword ({@code if},
 * {@code case}, {@code else}, {@code while} after {@code do}, {@code this(…)}), a brace, an
 * annotation, a literal or an operator stays, so that the body parses as before. A
 * {@code return} that is not needed keeps its keyword and loses its value.
 */
final class BodyStatements {

    /** Java's reserved words and literals; a statement that starts with one but those below is never blanked. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "yield", "true", "false", "null");
    /** Keywords that may start a local variable declaration, which can be blanked like any statement. */
    private static final Set<String> DECLARATION_STARTS = Set.of("final", "boolean", "byte", "char", "short", "int",
            "long", "float", "double");
    /** Deeper brackets than this inside one statement are read as the deepest. */
    private static final int MAX_DEPTH = 32;

    /** Where a statement is, how it ends and whether it may call a sink; its literals by index. */
    record Statement(int from, int end, boolean endsWithSemicolon, boolean sink, int literalsFrom, int literalsTo) {
    }

    /**
     * Text to blank: from {@code from} to {@code to}, where {@code replacement} is written first
     * ({@code 0} for a condition, {@code ;;} for a loop's header, nothing for a statement).
     */
    record Blank(int from, int to, String replacement, int literalsFrom, int literalsTo) {
    }

    /**
     * What a statement's names say: {@code returns} when it gives the method's result back
     * anywhere ({@code if (x) return y;} too); {@code conditionFrom} and {@code conditionTo} are inside the
     * parentheses after {@code if}, {@code while}, {@code for}, {@code switch} or
     * {@code synchronized} that open a block, or -1.
     */
    private record Names(boolean blankable, boolean returns, boolean startsWithReturn, int firstWordEnd, Set<String> uses,
            Set<String> sets,
            int conditionFrom, int conditionTo, boolean loopHeader) {
    }

    /** The keywords whose parenthesised part may become {@code 0} (or {@code ;;} after {@code for}) when nothing in it is needed. */
    private static final Set<String> CONDITION_KEYWORDS = Set.of("if", "while", "for", "switch", "synchronized");

    private final List<Statement> statements = new ArrayList<>();
    private int parens;
    private int from;
    private int literalsFrom;

    /** The body's first statement starts after its opening brace, at {@code position}. */
    BodyStatements(int position, int literals) {
        from = position;
        literalsFrom = literals;
    }

    /**
     * A character of code at {@code position}, outside comments and literals; a semicolon or a
     * brace outside parentheses ends the statement.
     *
     * @param sinkHit whether the statement that ends here may call a sink (asked only then)
     */
    void punctuation(char c, int position, int literals, BooleanSupplier sinkHit) {
        if (c == '(') {
            parens++;
        } else if (c == ')') {
            parens = Math.max(0, parens - 1);
        } else if (parens == 0 && (c == ';' || c == '{' || c == '}')) {
            statements.add(new Statement(from, position, c == ';', sinkHit.getAsBoolean(), literalsFrom, literals));
            from = position + 1;
            literalsFrom = literals;
        }
    }

    /**
     * The statements no flow into a sink passes through, to blank.
     *
     * @param text the body's file as the blanker has it (comments already removed)
     * @param resultMatters whether the method's {@code return} statements are needed
     * @param sinkMethods the file's own methods that reach a sink: a statement calling one is needed
     * @param mutators methods that put their arguments into their receiver
     */
    List<Blank> unneeded(char[] text, boolean resultMatters, Set<String> sinkMethods, Set<String> mutators) {
        List<Names> names = new ArrayList<>(statements.size());
        Set<String> declared = new HashSet<>();
        for (Statement statement : statements) {
            names.add(new NameReader(text, statement.from(), statement.end(), declared, mutators).read());
        }
        boolean[] needed = new boolean[statements.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            Names statement = names.get(i);
            if (statements.get(i).sink() || resultMatters && statement.returns()
                    || statement.uses().stream().anyMatch(sinkMethods::contains)) {
                needed[i] = true;
                used.addAll(statement.uses());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < statements.size(); i++) {
                if (!needed[i] && names.get(i).sets().stream().anyMatch(used::contains)) {
                    needed[i] = true;
                    grew |= used.addAll(names.get(i).uses());
                }
            }
        }
        List<Blank> unneeded = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!needed[i]) {
                blank(statements.get(i), names.get(i)).ifPresent(unneeded::add);
            }
        }
        return unneeded;
    }

    /** How a statement no flow needs is blanked, if it can be without changing how the body parses. */
    private static Optional<Blank> blank(Statement statement, Names names) {
        int literalsFrom = statement.literalsFrom();
        int literalsTo = statement.literalsTo();
        if (statement.endsWithSemicolon() && names.blankable()) {
            return Optional.of(new Blank(statement.from(), statement.end(), "", literalsFrom, literalsTo));
        }
        if (statement.endsWithSemicolon() && names.startsWithReturn()) {
            // what a method nobody in the file calls gives back goes nowhere: return; parses as well
            return Optional.of(new Blank(names.firstWordEnd(), statement.end(), "", literalsFrom, literalsTo));
        }
        if (!statement.endsWithSemicolon() && names.conditionFrom() >= 0) {
            return Optional.of(new Blank(names.conditionFrom(), names.conditionTo(), names.loopHeader() ? ";;" : "0",
                    literalsFrom, literalsTo));
        }
        return Optional.empty();
    }

    /**
     * A variable's or a constant's name ({@code email}, {@code GROUP_URL}), not a type's
     * ({@code String}, {@code Customer}): types are in most statements and would tie them all.
     * A capitalised name the body declares ({@code Sheet OutputSheet}) is a variable too.
     */
    private static boolean namesVariable(String word, Set<String> declared) {
        return !KEYWORDS.contains(word) && (Character.isLowerCase(word.charAt(0))
                || word.chars().noneMatch(Character::isLowerCase) || declared.contains(word));
    }

    /** Reads one statement's text: its first word, the variables it uses and the ones it sets. */
    private static final class NameReader {

        private final char[] text;
        private final int end;
        private final Set<String> declared;
        private final Set<String> mutators;
        private final Set<String> uses = new HashSet<>();
        private final Set<String> sets = new HashSet<>();
        /** Per bracket depth, the variable an assignment or a call chain at that depth starts from. */
        private final String[] chainRoot = new String[MAX_DEPTH + 1];
        private final List<String> mutatedRoots = new ArrayList<>();
        private int position;
        private int depth;
        private String firstWord;
        private int firstWordEnd;
        /** The keyword whose parenthesised part is a condition or a header, once read ({@code else if} too). */
        private String conditionKeyword;
        private int conditionFrom = -1;
        private int conditionTo = -1;
        private int wordsRead;
        private boolean startsOtherwise;
        private String previousWord = "";
        private boolean previousIsType;
        private char previousCode = ' ';
        private boolean mutates;
        private boolean returns;
        /** A declaration outside brackets was read: a name after a comma there is declared too ({@code String a, b;}). */
        private boolean declaresAtTop;
        /** The statement starts {@code this.}: an expression on the object's own state, not {@code this(…)}. */
        private boolean ownMemberStart;

        NameReader(char[] text, int from, int end, Set<String> declared, Set<String> mutators) {
            this.text = text;
            this.position = from;
            this.end = end;
            this.declared = declared;
            this.mutators = mutators;
        }

        Names read() {
            while (position < end) {
                char c = text[position];
                if (c == '"' || c == '\'') {
                    skipLiteral(c);
                    token(c);
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = position;
                    while (position < end && text[position] > ' ' && Character.isJavaIdentifierPart(text[position])) {
                        position++;
                    }
                    word(new String(text, start, position - start));
                } else {
                    position++;
                    if (c > ' ') {
                        punctuation(c);
                    }
                }
            }
            if (mutates) {
                sets.addAll(mutatedRoots);
            }
            boolean blankable = firstWord != null && !startsOtherwise
                    && (!KEYWORDS.contains(firstWord) || DECLARATION_STARTS.contains(firstWord) || ownMemberStart);
            boolean condition = conditionTo > conditionFrom && nextCodeAfter(conditionTo + 1) == end;
            return new Names(blankable, returns, "return".equals(firstWord), firstWordEnd, uses, sets,
                    condition ? conditionFrom : -1, condition ? conditionTo : -1, "for".equals(conditionKeyword));
        }

        private void word(String word) {
            if (firstWord == null && !startsOtherwise) {
                firstWord = word;
                firstWordEnd = position;
                ownMemberStart = word.equals("this") && nextCode() == '.';
            }
            wordsRead++;
            boolean opensCondition = wordsRead == 1 || wordsRead == 2 && "else".equals(firstWord);
            if (opensCondition && !startsOtherwise && CONDITION_KEYWORDS.contains(word) && nextCode() == '(') {
                conditionKeyword = word;
            }
            boolean member = previousCode == '.';
            boolean declaration = previousCode == 'a' && previousIsType || previousCode == '>' || previousCode == ']'
                    || previousCode == ',' && depth == 0 && declaresAtTop;
            if (declaration && !KEYWORDS.contains(word)) {
                declared.add(word);
                sets.add(word);
                declaresAtTop |= depth == 0;
            }
            returns |= word.equals("return");
            if (member && mutators.contains(word) && nextCode() == '(') {
                mutates = true;
            }
            boolean ownMember = member && previousWord.equals("this");
            if ((!member || ownMember) && namesVariable(word, declared)) {
                uses.add(word);
                if (!ownMember) {
                    chainRoot[Math.min(depth, MAX_DEPTH)] = word;
                }
            }
            previousWord = word;
            previousIsType = !KEYWORDS.contains(word) || DECLARATION_STARTS.contains(word);
            token('a');
        }

        private void punctuation(char c) {
            if (c == '.' && previousCode == 'a' && !previousWord.equals("this")) {
                String root = chainRoot[Math.min(depth, MAX_DEPTH)];
                if (root != null) {
                    mutatedRoots.add(root);
                }
            }
            if (c == '=' && assigns()) {
                String target = chainRoot[Math.min(depth, MAX_DEPTH)];
                if (target != null) {
                    sets.add(target);
                }
            }
            if (c == '(' && depth == 0 && conditionKeyword != null && conditionFrom < 0) {
                conditionFrom = position;
            } else if (c == ')' && depth == 1 && conditionFrom >= 0 && conditionTo < 0) {
                conditionTo = position - 1;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                chainRoot[Math.min(depth, MAX_DEPTH)] = null;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' || c == ';' || c == '?' || c == ':') {
                chainRoot[Math.min(depth, MAX_DEPTH)] = null;
            }
            token(c);
        }

        /** An {@code =} that assigns: not {@code ==}, {@code !=}, {@code <=}, {@code >=}, nor a lambda's or a comparison's part. */
        private boolean assigns() {
            char next = position < end ? text[position] : ' ';
            return next != '=' && previousCode != '=' && previousCode != '!' && previousCode != '<'
                    && previousCode != '>';
        }

        private void token(char code) {
            if (firstWord == null && code != 'a') {
                startsOtherwise = true;
            }
            previousCode = code;
        }

        private char nextCode() {
            int next = nextCodeAfter(position);
            return next < end ? text[next] : ' ';
        }

        /** Where the next character of code at or after {@code from} is; {@code end} when none. */
        private int nextCodeAfter(int from) {
            int next = from;
            while (next < end && text[next] <= ' ') {
                next++;
            }
            return next;
        }

        private void skipLiteral(char quote) {
            boolean textBlock = quote == '"' && position + 2 < end && text[position + 1] == '"' && text[position + 2] == '"';
            position += textBlock ? 3 : 1;
            while (position < end) {
                char c = text[position];
                if (c == '\\') {
                    position += 2;
                } else if (textBlock ? c == '"' && position + 2 < end && text[position + 1] == '"'
                        && text[position + 2] == '"' : c == quote) {
                    position += textBlock ? 3 : 1;
                    return;
                } else {
                    position++;
                }
            }
        }
    }
}
