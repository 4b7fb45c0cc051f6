package dev.lawful.policy;

import java.util.List;

/**
 * What in a build shows that a third-party service is used.
 *
 * @param maven Maven coordinates {@code groupId:artifactId}; '*' is a wildcard
 * @param packages Java package prefixes of the service's SDK
 * @param hosts host names of its endpoints, as found in string constants; a leading
 *     "*." matches any sub-domain
 */
public record Signatures(List<String> maven, List<String> packages, List<String> hosts) {

    public static final Signatures NONE = new Signatures(List.of(), List.of(), List.of());

    public Signatures {
        maven = List.copyOf(maven);
        packages = List.copyOf(packages);
        hosts = List.copyOf(hosts);
    }

    public boolean isEmpty() {
        return maven.isEmpty() && packages.isEmpty() && hosts.isEmpty();
    }
}
