package dev.lawful.cli;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns what a command throws into a message and an exit code: a stack trace only for our own bugs. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ConfigurationException configuration) {
            for (Problem problem : configuration.problems()) {
                err.println("lawful: " + problem);
            }
            err.flush();
            return ExitCodes.CONFIGURATION;
        }
        if (e instanceof IOException io) {
            err.println("lawful: cannot write or read a file: " + io.getMessage());
            err.flush();
            return ExitCodes.CONFIGURATION;
        }
        err.println("lawful: internal error, please report it with the output below");
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
