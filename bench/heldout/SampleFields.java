import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the fields of a held-out sample, by the fixed rule of bench/heldout/README.md, without
 * running Lawful: non-static fields and record components of non-enum types, in files under
 * {@code src/main} that have a {@code model}, {@code dto}, {@code domain} or {@code entity}
 * folder in their path, files in path order (C locale), fields in line order.
 *
 * <p>Usage: {@code java -cp javaparser-core.jar SampleFields.java [--widened] ROOT PREFIX [FIRST
 * LAST]} prints {@code path, line, class, type, field} rows (tab-separated, paths relative to ROOT
 * and starting with PREFIX) for fields FIRST to LAST (1-based, inclusive; all when left out).
 * {@code --widened} adds {@code api}, {@code rest}, {@code web} and {@code request} folders, as the
 * protocol allows where the sample folders hold fewer than 40 fields.
 */
public final class SampleFields {
    private static final Set<String> SAMPLE_FOLDERS = Set.of("model", "dto", "domain", "entity");
    private static final Set<String> WIDENED_FOLDERS =
            Set.of("model", "dto", "domain", "entity", "api", "rest", "web", "request");
    private static Set<String> sampledFolders = SAMPLE_FOLDERS;

    public static void main(String[] arguments) throws IOException {
        String[] args = arguments;
        if (args.length > 0 && args[0].equals("--widened")) {
            sampledFolders = WIDENED_FOLDERS;
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: SampleFields [--widened] ROOT PREFIX [FIRST LAST]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int first = args.length == 4 ? Integer.parseInt(args[2]) : 1;
        int last = args.length == 4 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW));
        int number = 0;
        for (Path file : sampledFiles(root.resolve(args[1]))) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            CompilationUnit unit = parser.parse(Files.readString(file, StandardCharsets.UTF_8))
                    .getResult().orElse(null);
            if (unit == null) {
                System.err.println("unparsed: " + relative);
                continue;
            }
            for (String[] row : rows(unit)) {
                number++;
                if (number >= first && number <= last) {
                    System.out.println(relative + "\t" + String.join("\t", row));
                }
            }
        }
    }

    private static List<Path> sampledFiles(Path base) throws IOException {
        try (Stream<Path> paths = Files.walk(base)) {
            return paths.filter(p -> p.toString().endsWith(".java"))
                    .filter(SampleFields::sampled)
                    .sorted(Comparator.comparing(p -> p.toString().getBytes(StandardCharsets.UTF_8),
                            Arrays::compareUnsigned))
                    .toList();
        }
    }

    private static boolean sampled(Path file) {
        String path = file.toString().replace('\\', '/');
        if (!path.contains("/src/main/")) {
            return false;
        }
        String[] folders = path.substring(path.indexOf("/src/main/")).split("/");
        for (int i = 0; i < folders.length - 1; i++) {
            if (sampledFolders.contains(folders[i].toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> rows(CompilationUnit unit) {
        List<Node> members = new ArrayList<>();
        unit.findAll(FieldDeclaration.class).stream()
                .filter(f -> !f.isStatic() && !insideEnum(f) && !insideInterface(f))
                .forEach(members::add);
        unit.findAll(RecordDeclaration.class).forEach(r -> members.addAll(r.getParameters()));
        members.sort(Comparator.comparingInt(n -> n.getBegin().map(p -> p.line).orElse(0)));
        List<String[]> rows = new ArrayList<>();
        for (Node member : members) {
            String owner = ownerName(member);
            int line = member.getBegin().map(p -> p.line).orElse(0);
            if (member instanceof FieldDeclaration field) {
                field.getVariables().forEach(v -> rows.add(new String[] {
                        String.valueOf(line), owner, v.getTypeAsString(), v.getNameAsString()}));
            } else if (member instanceof com.github.javaparser.ast.body.Parameter component) {
                rows.add(new String[] {String.valueOf(line), owner, component.getTypeAsString(),
                        component.getNameAsString()});
            }
        }
        return rows;
    }

    private static String ownerName(Node member) {
        for (Node n = member.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return type.getNameAsString();
            }
        }
        return "?";
    }

    private static boolean insideEnum(Node node) {
        return node.getParentNode().filter(EnumDeclaration.class::isInstance).isPresent();
    }

    private static boolean insideInterface(FieldDeclaration field) {
        return field.getParentNode()
                .filter(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                        && c.isInterface())
                .isPresent();
    }
}
