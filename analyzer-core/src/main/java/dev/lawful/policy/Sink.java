package dev.lawful.policy;

import java.util.List;
import java.util.Locale;

/**
 * A place in code where data leaves the method for somewhere else: a logger, an exception
 * message, an error tracker, an analytics SDK, an HTTP client, a broker, a file, an LLM API.
 * Sinks are data (the {@code sinks:} section of a rule file); the flow analysis matches a call
 * to a sink by the static type of its receiver and the method's name.
 *
 * @param service the catalogue service the data goes to, or null for an internal sink (a log
 *     file, a broker) or one whose party is found from the call's target host (HTTP clients)
 * @param types receiver types, qualified or simple ({@code org.slf4j.Logger}), or a static
 *     receiver as written ({@code System.out})
 * @param methods method names; empty means any method of those types
 * @param constructs types whose constructor is the sink ({@code *Exception}, '*' as a
 *     wildcard), for exception messages
 * @param lombok Lombok annotations that give a class a field {@code log} of the first type
 *     ({@code Slf4j})
 */
public record Sink(
        String id,
        String name,
        Kind kind,
        String service,
        List<String> types,
        List<String> methods,
        List<String> constructs,
        List<String> lombok,
        SourceRef ref) {

    public Sink {
        types = List.copyOf(types);
        methods = List.copyOf(methods);
        constructs = List.copyOf(constructs);
        lombok = List.copyOf(lombok);
    }

    /** What a sink is, which decides the checks that apply to it. */
    public enum Kind {
        LOG, EXCEPTION, ERROR_TRACKER, ANALYTICS, SEARCH, HTTP, BROKER, COOKIE, FILE, LLM;

        /** As written in a rule file: {@code error-tracker}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Log and exception sinks keep the data inside the organisation's own records. */
        public boolean isRecord() {
            return this == LOG || this == EXCEPTION;
        }

        /** Sinks whose data goes to another party: a service, or the host an HTTP call names. */
        public boolean isThirdParty() {
            return this == ERROR_TRACKER || this == ANALYTICS || this == SEARCH || this == HTTP || this == LLM;
        }
    }

    /** Whether {@code method} is one of this sink's methods. */
    public boolean hasMethod(String method) {
        return methods.isEmpty() || methods.contains(method);
    }
}
