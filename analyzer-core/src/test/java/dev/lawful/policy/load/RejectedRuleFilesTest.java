package dev.lawful.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code policy-loader/invalid} is refused, with exactly the problems its
 * leading {@code # expect:} comments state: {@code [file:]line:column: message} (the message
 * is matched as a prefix), or just a message for a problem about the whole file.
 */
class RejectedRuleFilesTest {

    static final Path INVALID = Path.of("src/test/resources/policy-loader/invalid");
    private static final Pattern EXPECT = Pattern.compile("# expect: (?:([\\w.-]+\\.yaml):)?(?:(\\d+):(\\d+): )?(.+)");

    static Stream<String> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    static PolicyLoader loader() {
        try {
            URL builtins = Path.of("src/test/resources/policy-loader/builtins").toUri().toURL();
            return new PolicyLoader(new URLClassLoader(new URL[] {builtins}, null));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void isRefusedWithTheProblemsItsCommentsState(String name) throws IOException {
        String path = INVALID.resolve(name).toString().replace('\\', '/');
        List<Expected> expected = expectations(path);
        assertTrue(!expected.isEmpty(), name + " states no '# expect:' line");

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> loader().load(List.of(path)));

        List<Problem> problems = refused.problems();
        for (Expected expectation : expected) {
            assertTrue(problems.stream().anyMatch(expectation::matches),
                    "expected " + expectation + "\nbut got:\n" + refused.getMessage());
        }
        assertEquals(expected.size(), problems.size(), "problems reported:\n" + refused.getMessage());
    }

    private static List<Expected> expectations(String path) {
        try {
            List<Expected> expected = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(path))) {
                Matcher m = EXPECT.matcher(line);
                if (m.matches()) {
                    String file = m.group(1) == null ? path : INVALID.resolve(m.group(1)).toString().replace('\\', '/');
                    int row = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    expected.add(new Expected(file, row, column, m.group(4)));
                }
            }
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Expected(String file, int line, int column, String message) {

        boolean matches(Problem problem) {
            return problem.where() != null && problem.where().file().equals(file) && problem.where().line() == line
                    && problem.where().column() == column && problem.message().startsWith(message);
        }

        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }
}
