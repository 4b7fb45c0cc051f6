package dev.lawful.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Memory or stack running out inside a command: one line and exit code 3, never a stack trace. */
class ExhaustionTest {

    private final StringWriter err = new StringWriter();

    @Test
    void outOfMemoryIsOneLineAndExitCodeThree() {
        int exit = run(new Failing(new OutOfMemoryError("Java heap space")));

        assertEquals(3, exit);
        assertTrue(err.toString().startsWith("lawful: ran out of memory (maximum heap "), err::toString);
        assertTrue(err.toString().contains("give the JVM more memory (java -Xmx..."), err::toString);
        assertEquals(1, err.toString().lines().count(), err::toString);
    }

    @Test
    void stackOverflowIsOneLineAndExitCodeThree() {
        int exit = run(new Failing(new StackOverflowError()));

        assertEquals(3, exit);
        assertEquals("lawful: ran out of stack: the input nests too deep; give the JVM a larger stack (java -Xss...,"
                + " or MAVEN_OPTS for the Maven plugin)", err.toString().strip());
    }

    private int run(Failing command) {
        CommandLine commandLine = Main.newCommandLine();
        commandLine.addSubcommand("fail", command);
        commandLine.setErr(new PrintWriter(err, true));
        return Main.execute(commandLine, "fail");
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }
}
