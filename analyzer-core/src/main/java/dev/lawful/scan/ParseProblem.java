package dev.lawful.scan;

/**
 * A file the scanner could not read or parse; the scan goes on without it.
 *
 * @param file path relative to the scanned root (or the jar), with '/'
 */
public record ParseProblem(String file, int line, int column, String message) {
}
