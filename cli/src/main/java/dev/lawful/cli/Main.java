package dev.lawful.cli;

import dev.lawful.Exhaustion;
import dev.lawful.Version;
import dev.lawful.check.FailLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code lawful} command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error, 3 internal error. */
@Command(
        name = "lawful",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Checks Java code against a GDPR privacy policy written as rule files.",
        subcommands = {ScanCommand.class, ValidateCommand.class, ExplainCommand.class, InitCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error, 3 internal error.",
                "Docs: docs/cli.md"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns the exit code. */
    public static int run(String... args) {
        return execute(newCommandLine(), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = newCommandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return execute(commandLine, args);
    }

    /**
     * Runs the command; memory or stack running out is one line and exit code 3, not a trace
     * (picocli passes errors through). The reports that could be written before are written.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            commandLine.getErr().println("lawful: " + Exhaustion.message(e));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        }
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.registerConverter(FailLevel.class, value -> FailLevel.parse(value).orElseThrow(
                () -> new CommandLine.TypeConversionException("expected error, warning, note or never, found '" + value + "'")));
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use scan, validate, explain or init");
    }

    /** Prints the version stamped at build time. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lawful " + Version.get()};
        }
    }
}
