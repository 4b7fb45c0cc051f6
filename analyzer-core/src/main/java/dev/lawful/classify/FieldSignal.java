package dev.lawful.classify;

import java.util.List;

/**
 * One named signal: reads a field in its context and says what it found. Each implementation
 * carries {@link SignalInfo}; its weight comes from data ({@link Weights}), never from code.
 */
interface FieldSignal {

    List<Fact> read(FieldFacts field);

    default String id() {
        return getClass().getAnnotation(SignalInfo.class).id();
    }
}
