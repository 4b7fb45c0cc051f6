package dev.lawful.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A wrong command line: one line saying what is wrong and where the help is, not the whole usage. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("lawful: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        }
        err.flush();
        return ExitCodes.CONFIGURATION;
    }
}
