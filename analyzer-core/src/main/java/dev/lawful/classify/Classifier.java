package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;

/**
 * Decides whether a code element holds personal data. Implementations are built once per
 * policy (patterns compiled up front) and are safe to call from many threads.
 */
public interface Classifier {

    /**
     * @param element the field or record component
     * @param owner the type that declares it, for context
     * @param codebase what is known of the other types being scanned, for links
     */
    Classification classify(CodeElement element, TypeInfo owner, Codebase codebase);
}
