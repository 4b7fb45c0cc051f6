package dev.lawful.cli;

/** What the command's exit code means. */
final class ExitCodes {

    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int CONFIGURATION = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
