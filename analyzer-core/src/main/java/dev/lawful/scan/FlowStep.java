package dev.lawful.scan;

/**
 * One place a value passes on its way from a source to a sink: the source expression, a
 * local variable, a parameter of a called method, the call that is the sink.
 *
 * @param label what is there, as written ({@code customer.getEmail()}, {@code message})
 * @param file the source file, relative with '/'
 * @param line 1-based; 0 when the step has no place of its own (a generated {@code toString})
 */
public record FlowStep(String label, String file, int line, int column) {
}
