package dev.lawful;

import java.util.Locale;

/**
 * What to tell a user whose run ran out of memory or stack: one line that says which and what
 * to do, never a stack trace. The CLI and the Maven plugin both print it.
 */
public final class Exhaustion {

    private Exhaustion() {
    }

    public static String message(VirtualMachineError error) {
        if (error instanceof OutOfMemoryError) {
            return String.format(Locale.ROOT, "ran out of memory (maximum heap %d MB); give the JVM more memory"
                    + " (java -Xmx..., or MAVEN_OPTS for the Maven plugin) or scan fewer files at once",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        if (error instanceof StackOverflowError) {
            return "ran out of stack: the input nests too deep; give the JVM a larger stack (java -Xss...,"
                    + " or MAVEN_OPTS for the Maven plugin)";
        }
        return "the Java virtual machine failed: " + error.getClass().getSimpleName();
    }
}
