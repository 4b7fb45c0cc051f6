package dev.lawful.scan;

/**
 * One place a value passes on its way from a source to a sink: the source expression, a
 * local variable, a parameter of a called method, the call that is the sink.
 *
 * @param label what is there, as written ({@code customer.getEmail()}, {@code message})
 */
public record FlowStep(String label, int line, int column) {
}
