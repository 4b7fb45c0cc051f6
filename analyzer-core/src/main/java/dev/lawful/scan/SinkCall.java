package dev.lawful.scan;

import java.util.List;

/**
 * A call to a sink (a logger, an SDK, an HTTP client) that values from outside the method
 * reach, found in one file before anything is classified.
 *
 * @param sinkId the id of the {@link dev.lawful.policy.Sink} the call matched
 * @param enclosingType the qualified name of the type whose code makes the call
 * @param call the call as written, shortened
 * @param hosts host names the call names in string constants (for HTTP clients); may be empty
 * @param reaches every source that reaches the call's arguments
 */
public record SinkCall(
        String sinkId,
        String enclosingType,
        String call,
        List<String> hosts,
        String file,
        int line,
        int column,
        List<Reach> reaches) {

    public SinkCall {
        hosts = List.copyOf(hosts);
        reaches = List.copyOf(reaches);
    }
}
