package dev.lawful.scan.source;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import dev.lawful.scan.FlowSource;
import dev.lawful.scan.FlowStep;
import dev.lawful.scan.Reach;
import dev.lawful.scan.SinkCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intra-procedural flow analysis of one parsed file: which values from outside a method
 * (fields, getters, parameters, whole objects) reach the arguments of a sink call, through
 * locals, assignments, concatenation, formatting, builders, collections and the class's own
 * methods. Names are resolved from the file alone ({@link TypeScope}): declared types of
 * fields, parameters and locals, {@code var} from its initializer.
 */
final class FlowExtractor {

    /** More sources than this for one value are cut: the first ones are the evidence. */
    private static final int MAX_REACHES = 24;
    private static final int MAX_LABEL = 80;

    private final SinkCatalog catalog;
    private final FlowVocabulary vocabulary;
    private final String path;
    private TypeScope scope;

    FlowExtractor(SinkCatalog catalog, FlowVocabulary vocabulary, String path) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.path = path;
    }

    /** What one file tells about flows. */
    record Facts(List<SinkCall> sinkCalls, Map<String, List<String>> toStringMembers) {
    }

    Facts extract(ParsedUnit parsed) {
        scope = new TypeScope(parsed);
        List<SinkCall> calls = new ArrayList<>();
        Map<String, List<String>> toStrings = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : parsed.types()) {
            Optional<String> qualified = type.getFullyQualifiedName();
            if (qualified.isEmpty()) {
                continue;
            }
            ClassFlow flow = new ClassFlow(type, qualified.get());
            calls.addAll(flow.analyse());
            flow.toStringMembers().ifPresent(members -> toStrings.put(qualified.get(), members));
        }
        return new Facts(distinct(calls), toStrings);
    }

    private static List<SinkCall> distinct(List<SinkCall> calls) {
        Map<String, SinkCall> byPlace = new LinkedHashMap<>();
        for (SinkCall call : calls) {
            String key = call.sinkId() + "@" + call.line() + ":" + call.column();
            SinkCall earlier = byPlace.get(key);
            if (earlier == null) {
                byPlace.put(key, call);
            } else {
                byPlace.put(key, new SinkCall(call.sinkId(), call.enclosingType(), call.call(), call.hosts(), call.file(),
                        call.line(), call.column(), union(earlier.reaches(), call.reaches())));
            }
        }
        return List.copyOf(byPlace.values());
    }

    private static List<Reach> union(List<Reach> first, List<Reach> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        Map<FlowSource, Reach> bySource = new LinkedHashMap<>();
        for (Reach reach : first) {
            bySource.putIfAbsent(reach.source(), reach);
        }
        for (Reach reach : second) {
            if (bySource.size() >= MAX_REACHES) {
                break;
            }
            bySource.putIfAbsent(reach.source(), reach);
        }
        return List.copyOf(bySource.values());
    }

    private static List<Reach> withStep(List<Reach> reaches, FlowStep step) {
        if (reaches.isEmpty()) {
            return reaches;
        }
        List<Reach> extended = new ArrayList<>(reaches.size());
        for (Reach reach : reaches) {
            List<FlowStep> steps = new ArrayList<>(reach.steps());
            if (!steps.isEmpty() && steps.get(steps.size() - 1).equals(step)) {
                extended.add(reach);
                continue;
            }
            steps.add(step);
            extended.add(new Reach(reach.source(), steps));
        }
        return extended;
    }

    private FlowStep step(Node node, String label) {
        Position at = node.getBegin().orElse(new Position(0, 0));
        return new FlowStep(label, path, at.line, at.column);
    }

    /**
     * The node's code as written, its whitespace runs made one space and its comments left
     * out, cut at {@link #MAX_LABEL} characters. Read from the tokens, so a long call is not
     * printed whole to keep its start.
     */
    private static String label(Node node) {
        if (node.getTokenRange().isEmpty()) {
            return cut(node.toString().replaceAll("\\s+", " "));
        }
        StringBuilder text = new StringBuilder();
        boolean space = false;
        for (JavaToken token : node.getTokenRange().get()) {
            JavaToken.Category category = token.getCategory();
            if (category.isWhitespaceOrComment()) {
                space |= category.isWhitespace() && !text.isEmpty();
                continue;
            }
            if (space) {
                text.append(' ');
                space = false;
            }
            text.append(token.getText());
            if (text.length() > MAX_LABEL) {
                break;
            }
        }
        return cut(text.toString());
    }

    private static String cut(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    /** The declared type of a variable, resolved, and where its value came from. */
    private record Variable(String type, List<Reach> taint, int parameter) {
    }

    /** The flows of one type: its fields, constants, methods and their summaries. */
    private final class ClassFlow {

        private final TypeDeclaration<?> type;
        private final String qualifiedName;
        private final Map<String, String> fieldTypes = new HashMap<>();
        private final Map<String, String> constants = new HashMap<>();
        private final Map<String, List<MethodDeclaration>> methods = new HashMap<>();
        private final Map<CallableDeclaration<?>, Summary> summaries = new IdentityHashMap<>();
        private final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        ClassFlow(TypeDeclaration<?> type, String qualifiedName) {
            this.type = type;
            this.qualifiedName = qualifiedName;
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration field) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        fieldTypes.put(variable.getNameAsString(), scope.resolve(variable.getTypeAsString()));
                        variable.getInitializer().filter(Expression::isStringLiteralExpr)
                                .ifPresent(value -> constants.put(variable.getNameAsString(), value.asStringLiteralExpr().getValue()));
                    }
                } else if (member instanceof MethodDeclaration method) {
                    methods.computeIfAbsent(method.getNameAsString(), n -> new ArrayList<>()).add(method);
                }
            }
            for (AnnotationExpr annotation : type.getAnnotations()) {
                String logger = catalog.lombokLogger(SinkCatalog.simpleName(annotation.getNameAsString()));
                if (logger != null) {
                    fieldTypes.putIfAbsent("log", logger);
                }
            }
        }

        List<SinkCall> analyse() {
            List<SinkCall> calls = new ArrayList<>();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> callable) {
                    calls.addAll(summary(callable).calls());
                } else if (member instanceof InitializerDeclaration initializer) {
                    MethodFlow flow = new MethodFlow(this, List.of());
                    flow.walk(initializer.getBody());
                    calls.addAll(flow.calls);
                }
            }
            return calls;
        }

        /** The members a hand-written {@code toString()} names: fields, {@code this.x}, getters. */
        Optional<List<String>> toStringMembers() {
            for (MethodDeclaration method : methods.getOrDefault("toString", List.of())) {
                if (method.getParameters().isEmpty() && method.getBody().isPresent()) {
                    Set<String> members = new LinkedHashSet<>();
                    method.getBody().get().walk(node -> {
                        if (node instanceof NameExpr name && fieldTypes.containsKey(name.getNameAsString())) {
                            members.add(name.getNameAsString());
                        } else if (node instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
                            members.add(access.getNameAsString());
                        } else if (node instanceof MethodCallExpr call && call.getArguments().isEmpty()
                                && (call.getScope().isEmpty() || call.getScope().get().isThisExpr())) {
                            Accessors.property(call.getNameAsString()).ifPresent(members::add);
                        }
                    });
                    return Optional.of(List.copyOf(members));
                }
            }
            return Optional.empty();
        }

        Summary summary(CallableDeclaration<?> callable) {
            Summary done = summaries.get(callable);
            if (done != null) {
                return done;
            }
            if (!inProgress.add(callable)) {
                return Summary.NONE;
            }
            MethodFlow flow = new MethodFlow(this, callable.getParameters());
            if (callable instanceof MethodDeclaration method) {
                method.getBody().ifPresent(flow::walk);
            } else if (callable instanceof ConstructorDeclaration constructor) {
                flow.walk(constructor.getBody());
            }
            Summary summary = new Summary(flow.returns, flow.calls);
            inProgress.remove(callable);
            summaries.put(callable, summary);
            return summary;
        }

        Optional<MethodDeclaration> ownMethod(String name, int arguments) {
            return methods.getOrDefault(name, List.of()).stream()
                    .filter(m -> m.getParameters().size() == arguments && m.getBody().isPresent())
                    .findFirst();
        }
    }

    /** What a method gives back and sends to sinks, with its parameters as sources a caller fills in. */
    private record Summary(List<Reach> returns, List<SinkCall> calls) {
        static final Summary NONE = new Summary(List.of(), List.of());
    }

    /** The walk through one body, in source order. */
    private final class MethodFlow {

        private final ClassFlow owner;
        private final Map<String, Variable> variables = new HashMap<>();
        final List<SinkCall> calls = new ArrayList<>();
        List<Reach> returns = List.of();

        MethodFlow(ClassFlow owner, List<Parameter> parameters) {
            this.owner = owner;
            for (int i = 0; i < parameters.size(); i++) {
                Parameter parameter = parameters.get(i);
                String declared = scope.resolve(parameter.getTypeAsString());
                FlowSource source = new FlowSource(FlowSource.Kind.VARIABLE, declared, parameter.getNameAsString(), i);
                variables.put(parameter.getNameAsString(), new Variable(declared,
                        List.of(new Reach(source, List.of(step(parameter, parameter.getNameAsString())))), i));
            }
        }

        void walk(Node body) {
            body.walk(Node.TreeTraversal.PREORDER, this::visit);
        }

        private void visit(Node node) {
            if (node instanceof VariableDeclarator declarator && !(declarator.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                declare(declarator);
            } else if (node instanceof Parameter parameter && !variables.containsKey(parameter.getNameAsString())) {
                declareUnknown(parameter);
            } else if (node instanceof AssignExpr assign) {
                assign(assign);
            } else if (node instanceof MethodCallExpr call) {
                call(call);
            } else if (node instanceof ObjectCreationExpr creation) {
                construct(creation);
            } else if (node instanceof ReturnStmt stmt && stmt.getExpression().isPresent()) {
                returns = union(returns, taint(stmt.getExpression().get()));
            } else if (node instanceof ForEachStmt loop) {
                List<Reach> items = taint(loop.getIterable());
                loop.getVariable().getVariables().forEach(v -> variables.put(v.getNameAsString(),
                        new Variable(scope.resolve(v.getTypeAsString()), withStep(items, step(v, v.getNameAsString())), -1)));
            }
        }

        /** A lambda or catch parameter: its own source, by name and declared type. */
        private void declareUnknown(Parameter parameter) {
            if (!(parameter.getParentNode().orElse(null) instanceof LambdaExpr)
                    && !(parameter.getParentNode().orElse(null) instanceof CatchClause)) {
                return;
            }
            String declared = scope.resolve(parameter.getTypeAsString());
            FlowSource source = new FlowSource(FlowSource.Kind.VARIABLE, declared, parameter.getNameAsString(), -1);
            variables.put(parameter.getNameAsString(), new Variable(declared,
                    List.of(new Reach(source, List.of(step(parameter, parameter.getNameAsString())))), -1));
        }

        private void declare(VariableDeclarator declarator) {
            String name = declarator.getNameAsString();
            String declared = declarator.getTypeAsString();
            List<Reach> value = declarator.getInitializer().map(this::taint).orElse(List.of());
            if (declared.equals("var")) {
                declared = declarator.getInitializer().map(this::typeOf).orElse("");
            } else {
                declared = scope.resolve(declared);
            }
            List<Reach> stepped = withStep(value, step(declarator, name));
            if (readsOwnSource(declarator, declared)) {
                FlowSource own = new FlowSource(FlowSource.Kind.VARIABLE, declared, name, -1);
                stepped = union(List.of(new Reach(own, List.of(step(declarator, name)))), stepped);
            }
            variables.put(name, new Variable(declared, stepped, -1));
        }

        /**
         * Whether a local is a source by its own name and type: its value comes from a call the
         * analysis does not follow ({@code request.getParameter("email")}), or it holds an object
         * (whose {@code toString} may print personal fields); not when it is a sanitised value or a
         * primitive.
         */
        private boolean readsOwnSource(VariableDeclarator declarator, String declared) {
            if (declarator.getType().isPrimitiveType()) {
                return false;
            }
            Optional<Expression> initializer = declarator.getInitializer();
            if (initializer.isEmpty()) {
                return false;
            }
            if (initializer.get() instanceof MethodCallExpr call) {
                String method = call.getNameAsString();
                return !vocabulary.isSanitizer(method) && !vocabulary.isTest(method);
            }
            return !TypeScope.isBasic(declared) && !(initializer.get() instanceof ObjectCreationExpr);
        }

        private void assign(AssignExpr assign) {
            List<Reach> value = taint(assign.getValue());
            Expression target = assign.getTarget();
            if (target instanceof ArrayAccessExpr array) {
                target = array.getName();
            }
            if (target instanceof NameExpr name && variables.containsKey(name.getNameAsString())) {
                Variable variable = variables.get(name.getNameAsString());
                List<Reach> stepped = withStep(value, step(assign, name.getNameAsString()));
                boolean adds = assign.getOperator() != AssignExpr.Operator.ASSIGN || target != assign.getTarget();
                variables.put(name.getNameAsString(), new Variable(variable.type(),
                        adds ? union(variable.taint(), stepped) : stepped, variable.parameter()));
            }
        }

        private void call(MethodCallExpr call) {
            String method = call.getNameAsString();
            List<Reach> arguments = List.of();
            for (Expression argument : call.getArguments()) {
                arguments = union(arguments, taint(argument));
            }
            if (vocabulary.isMutator(method) && call.getScope().isPresent()) {
                mutate(call.getScope().get(), arguments, call);
            }
            if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
                owner.ownMethod(method, call.getArguments().size()).ifPresent(callee -> calls.addAll(
                        substitutedCalls(owner.summary(callee), call)));
            }
            Optional<Sink> sink = catalog.call(receiverNames(call), method);
            if (sink.isEmpty()) {
                return;
            }
            List<Reach> reaching = call.getArguments().isEmpty() && call.getScope().isPresent()
                    ? taint(call.getScope().get()) : arguments;
            record(sink.get(), call, reaching);
        }

        private void construct(ObjectCreationExpr creation) {
            Optional<Sink> sink = catalog.construct(scope.resolve(creation.getType().getNameWithScope()));
            if (sink.isEmpty()) {
                return;
            }
            List<Reach> arguments = List.of();
            for (Expression argument : creation.getArguments()) {
                arguments = union(arguments, taint(argument));
            }
            record(sink.get(), creation, arguments);
        }

        private void record(Sink sink, Expression call, List<Reach> reaching) {
            if (reaching.isEmpty()) {
                return;
            }
            Position at = call instanceof MethodCallExpr method
                    ? method.getName().getBegin().orElse(new Position(0, 0))
                    : call.getBegin().orElse(new Position(0, 0));
            List<String> hosts = sink.kind() == Sink.Kind.HTTP ? targets(outermostChain(call)) : List.of();
            calls.add(new SinkCall(sink.id(), owner.qualifiedName, label(call), hosts, path, at.line, at.column,
                    withStep(reaching, new FlowStep(label(call), path, at.line, at.column))));
        }

        /** The string constants in a call chain that look like URLs or hosts: its literals and named constants. */
        private List<String> targets(Expression chain) {
            Set<String> targets = new LinkedHashSet<>();
            chain.walk(node -> {
                if (node instanceof StringLiteralExpr literal && NetworkLiterals.looksLikeUrlOrHost(literal.getValue())) {
                    targets.add(literal.getValue());
                } else if (node instanceof NameExpr name && owner.constants.containsKey(name.getNameAsString())) {
                    String value = owner.constants.get(name.getNameAsString());
                    if (NetworkLiterals.looksLikeUrlOrHost(value)) {
                        targets.add(value);
                    }
                }
            });
            return List.copyOf(targets);
        }

        private Expression outermostChain(Expression call) {
            Expression current = call;
            while (current.getParentNode().orElse(null) instanceof MethodCallExpr parent
                    && parent.getScope().orElse(null) == current) {
                current = parent;
            }
            return current;
        }

        /** The calls a callee makes to sinks with its parameters, with this call's arguments in their place. */
        private List<SinkCall> substitutedCalls(Summary callee, MethodCallExpr call) {
            List<SinkCall> substituted = new ArrayList<>();
            for (SinkCall inner : callee.calls()) {
                List<Reach> reaches = substitute(inner.reaches(), call);
                if (!reaches.isEmpty()) {
                    substituted.add(new SinkCall(inner.sinkId(), inner.enclosingType(), inner.call(), inner.hosts(),
                            inner.file(), inner.line(), inner.column(), reaches));
                }
            }
            return substituted;
        }

        /** The reaches that start at a parameter, each replaced by what this call passes for it. */
        private List<Reach> substitute(List<Reach> reaches, MethodCallExpr call) {
            List<Reach> substituted = new ArrayList<>();
            for (Reach reach : reaches) {
                int index = reach.source().parameter();
                if (index < 0 || index >= call.getArguments().size()) {
                    continue;
                }
                for (Reach argument : withStep(taint(call.getArguments().get(index)), step(call, label(call)))) {
                    List<FlowStep> steps = new ArrayList<>(argument.steps());
                    steps.addAll(reach.steps());
                    substituted.add(new Reach(argument.source(), steps));
                }
            }
            return union(List.of(), substituted);
        }

        private void mutate(Expression receiver, List<Reach> arguments, MethodCallExpr call) {
            Expression root = receiver;
            while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
                root = chained.getScope().get();
            }
            if (root instanceof NameExpr name && variables.containsKey(name.getNameAsString()) && !arguments.isEmpty()) {
                Variable variable = variables.get(name.getNameAsString());
                variables.put(name.getNameAsString(), new Variable(variable.type(),
                        union(variable.taint(), withStep(arguments, step(call, label(call)))), variable.parameter()));
            }
        }

        /** The names a call's receiver may be matched by: the chain's first receiver's type, or the receiver as written. */
        private List<String> receiverNames(MethodCallExpr call) {
            if (call.getScope().isEmpty()) {
                return List.of();
            }
            Expression root = call.getScope().get();
            while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
                root = chained.getScope().get();
            }
            List<String> names = new ArrayList<>();
            if (root instanceof NameExpr name) {
                String declared = declaredType(name.getNameAsString());
                if (declared != null) {
                    names.add(declared);
                } else {
                    names.add(scope.resolve(name.getNameAsString()));
                    names.add(name.getNameAsString());
                }
            } else if (root instanceof FieldAccessExpr access) {
                if (access.getScope().isThisExpr()) {
                    Optional.ofNullable(owner.fieldTypes.get(access.getNameAsString())).ifPresent(names::add);
                } else {
                    names.add(access.toString());
                    names.add(scope.resolve(access.toString()));
                }
            } else if (root instanceof ObjectCreationExpr creation) {
                names.add(scope.resolve(creation.getType().getNameWithScope()));
                names.add(creation.getType().getNameWithScope());
            } else if (root instanceof ThisExpr) {
                names.add(owner.qualifiedName);
            }
            return names;
        }

        private String declaredType(String name) {
            Variable variable = variables.get(name);
            if (variable != null) {
                return variable.type();
            }
            return owner.fieldTypes.get(name);
        }

        /** The static type of an expression where the file tells it, else "". */
        private String typeOf(Expression expression) {
            if (expression instanceof ObjectCreationExpr creation) {
                return scope.resolve(creation.getType().getNameWithScope());
            }
            if (expression instanceof CastExpr cast) {
                return scope.resolve(cast.getTypeAsString());
            }
            if (expression instanceof NameExpr name) {
                String declared = declaredType(name.getNameAsString());
                return declared == null ? "" : declared;
            }
            if (expression instanceof StringLiteralExpr || expression instanceof BinaryExpr binary
                    && binary.getOperator() == BinaryExpr.Operator.PLUS) {
                return "String";
            }
            return "";
        }

        /** Every source that reaches the value of an expression. */
        List<Reach> taint(Expression expression) {
            if (expression instanceof NameExpr name) {
                return nameTaint(name);
            }
            if (expression instanceof FieldAccessExpr access) {
                return fieldTaint(access);
            }
            if (expression instanceof MethodCallExpr call) {
                return callTaint(call);
            }
            if (expression instanceof ObjectCreationExpr creation) {
                List<Reach> arguments = List.of();
                for (Expression argument : creation.getArguments()) {
                    arguments = union(arguments, taint(argument));
                }
                return arguments;
            }
            if (expression instanceof BinaryExpr binary) {
                return isArithmeticOrConcatenation(binary.getOperator())
                        ? union(taint(binary.getLeft()), taint(binary.getRight())) : List.of();
            }
            if (expression instanceof UnaryExpr unary) {
                return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? List.of() : taint(unary.getExpression());
            }
            if (expression instanceof ConditionalExpr conditional) {
                return union(taint(conditional.getThenExpr()), taint(conditional.getElseExpr()));
            }
            if (expression instanceof EnclosedExpr enclosed) {
                return taint(enclosed.getInner());
            }
            if (expression instanceof CastExpr cast) {
                return taint(cast.getExpression());
            }
            if (expression instanceof AssignExpr assign) {
                return taint(assign.getValue());
            }
            if (expression instanceof ArrayAccessExpr array) {
                return taint(array.getName());
            }
            if (expression instanceof ArrayCreationExpr creation) {
                return creation.getInitializer().map(this::taint).orElse(List.of());
            }
            if (expression instanceof ArrayInitializerExpr initializer) {
                List<Reach> values = List.of();
                for (Expression value : initializer.getValues()) {
                    values = union(values, taint(value));
                }
                return values;
            }
            if (expression instanceof ThisExpr) {
                return List.of(new Reach(new FlowSource(FlowSource.Kind.OBJECT, owner.qualifiedName, "this", -1),
                        List.of(step(expression, "this"))));
            }
            return List.of();
        }

        private boolean isArithmeticOrConcatenation(BinaryExpr.Operator operator) {
            return switch (operator) {
                case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER, BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT,
                        SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> true;
                default -> false;
            };
        }

        private List<Reach> nameTaint(NameExpr name) {
            Variable variable = variables.get(name.getNameAsString());
            if (variable != null) {
                return variable.taint();
            }
            if (owner.fieldTypes.containsKey(name.getNameAsString()) && !owner.constants.containsKey(name.getNameAsString())) {
                return List.of(new Reach(new FlowSource(FlowSource.Kind.FIELD, owner.qualifiedName, name.getNameAsString(), -1),
                        List.of(step(name, name.getNameAsString()))));
            }
            return List.of();
        }

        private List<Reach> fieldTaint(FieldAccessExpr access) {
            Optional<Base> base = base(access.getScope());
            if (base.isPresent()) {
                return List.of(new Reach(new FlowSource(FlowSource.Kind.FIELD, base.get().type(),
                        base.get().path(access.getNameAsString()), -1), List.of(step(access, label(access)))));
            }
            return taint(access.getScope());
        }

        private List<Reach> callTaint(MethodCallExpr call) {
            String method = call.getNameAsString();
            if (vocabulary.isSanitizer(method) || vocabulary.isTest(method)) {
                return List.of();
            }
            List<Reach> arguments = List.of();
            for (Expression argument : call.getArguments()) {
                arguments = union(arguments, taint(argument));
            }
            if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
                Optional<MethodDeclaration> own = owner.ownMethod(method, call.getArguments().size());
                if (own.isPresent()) {
                    Summary summary = owner.summary(own.get());
                    List<Reach> fromFields = summary.returns().stream().filter(r -> r.source().parameter() < 0).toList();
                    return union(withStep(fromFields, step(call, label(call))), substitute(summary.returns(), call));
                }
                Optional<String> property = call.getArguments().isEmpty() ? Accessors.property(method) : Optional.empty();
                if (property.isPresent()) {
                    return List.of(new Reach(new FlowSource(FlowSource.Kind.ACCESSOR, owner.qualifiedName, property.get(), -1),
                            List.of(step(call, label(call)))));
                }
                return arguments;
            }
            Expression receiver = call.getScope().get();
            if (call.getArguments().isEmpty()) {
                Optional<String> property = Accessors.property(method);
                Optional<Base> base = property.isPresent() ? base(receiver) : Optional.empty();
                if (base.isPresent()) {
                    return List.of(new Reach(new FlowSource(FlowSource.Kind.ACCESSOR, base.get().type(),
                            base.get().path(property.get()), -1), List.of(step(call, label(call)))));
                }
            }
            List<Reach> receiverTaint = taint(receiver);
            if (receiver instanceof NameExpr name && !variables.containsKey(name.getNameAsString())
                    && !owner.fieldTypes.containsKey(name.getNameAsString())) {
                return union(receiverTaint, arguments);
            }
            if (!receiverTaint.isEmpty() || receiver instanceof MethodCallExpr || receiver instanceof ObjectCreationExpr
                    || vocabulary.isMutator(method)) {
                return union(receiverTaint, arguments);
            }
            return List.of();
        }

        /** A read whose object's type the file tells: {@code customer}, {@code this.order.customer}, {@code getCustomer()}. */
        private record Base(String type, String prefix) {
            String path(String member) {
                return prefix.isEmpty() ? member : prefix + "." + member;
            }
        }

        private Optional<Base> base(Expression expression) {
            if (expression instanceof ThisExpr) {
                return Optional.of(new Base(owner.qualifiedName, ""));
            }
            if (expression instanceof NameExpr name) {
                String declared = declaredType(name.getNameAsString());
                if (declared != null && !TypeScope.isBasic(declared)) {
                    boolean field = !variables.containsKey(name.getNameAsString());
                    return Optional.of(field ? new Base(owner.qualifiedName, name.getNameAsString()) : new Base(declared, ""));
                }
                return Optional.empty();
            }
            if (expression instanceof FieldAccessExpr access) {
                return base(access.getScope()).map(b -> new Base(b.type(), b.path(access.getNameAsString())));
            }
            if (expression instanceof MethodCallExpr call && call.getArguments().isEmpty()) {
                Optional<String> property = Accessors.property(call.getNameAsString());
                if (property.isEmpty()) {
                    return Optional.empty();
                }
                if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
                    return Optional.of(new Base(owner.qualifiedName, property.get()));
                }
                return base(call.getScope().get()).map(b -> new Base(b.type(), b.path(property.get())));
            }
            if (expression instanceof EnclosedExpr enclosed) {
                return base(enclosed.getInner());
            }
            return Optional.empty();
        }
    }
}
