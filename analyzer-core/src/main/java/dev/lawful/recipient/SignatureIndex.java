package dev.lawful.recipient;

import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.Service;
import dev.lawful.policy.Signatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The detection signatures of a policy, compiled once: Maven coordinate globs as one pattern
 * per service, package prefixes and host names in hash maps, so that looking up a package or
 * a host costs one probe per dotted segment, whatever the number of services.
 *
 * <p>A service is detected by its own signatures. A recipient's extra signatures detect the
 * service it names, or, when it names none, the recipient itself (its id).
 */
final class SignatureIndex {

    private final Map<String, Pattern> coordinatePatterns = new LinkedHashMap<>();
    private final Map<String, List<String>> packagePrefixes = new LinkedHashMap<>();
    private final Map<String, List<String>> exactHosts = new LinkedHashMap<>();
    private final Map<String, List<String>> hostDomains = new LinkedHashMap<>();

    SignatureIndex(Policy policy) {
        Map<String, List<String>> coordinateGlobs = new LinkedHashMap<>();
        for (Service service : policy.services().values()) {
            add(service.id(), service.signatures(), coordinateGlobs);
        }
        for (Recipient recipient : policy.recipients().values()) {
            if (recipient.signatures() != null) {
                add(recipient.service() != null ? recipient.service() : recipient.id(), recipient.signatures(), coordinateGlobs);
            }
        }
        coordinateGlobs.forEach((serviceId, globs) -> coordinatePatterns.put(serviceId, coordinatePattern(globs)));
    }

    /** Services whose Maven signature matches {@code groupId:artifactId} (a version after it is ignored). */
    List<String> servicesForCoordinates(String coordinates) {
        String[] parts = coordinates.strip().split(":");
        String groupAndArtifact = parts.length < 2 ? parts[0] + ":" : parts[0] + ":" + parts[1];
        List<String> services = new ArrayList<>();
        coordinatePatterns.forEach((serviceId, pattern) -> {
            if (pattern.matcher(groupAndArtifact).matches()) {
                services.add(serviceId);
            }
        });
        return services;
    }

    /** Services with a package prefix that {@code name} (a package or class name) lies in. */
    List<String> servicesForName(String name) {
        List<String> services = new ArrayList<>();
        for (int end = name.indexOf('.'); ; end = name.indexOf('.', end + 1)) {
            for (String serviceId : packagePrefixes.getOrDefault(end < 0 ? name : name.substring(0, end), List.of())) {
                if (!services.contains(serviceId)) {
                    services.add(serviceId);
                }
            }
            if (end < 0) {
                return services;
            }
        }
    }

    /** Services with an endpoint at {@code host}: the host itself, or a "*." domain above it. */
    List<String> servicesForHost(String host) {
        String lowerCase = host.toLowerCase(Locale.ROOT);
        List<String> services = new ArrayList<>(exactHosts.getOrDefault(lowerCase, List.of()));
        for (int dot = lowerCase.indexOf('.'); dot >= 0; dot = lowerCase.indexOf('.', dot + 1)) {
            for (String serviceId : hostDomains.getOrDefault(lowerCase.substring(dot + 1), List.of())) {
                if (!services.contains(serviceId)) {
                    services.add(serviceId);
                }
            }
        }
        return services;
    }

    private void add(String serviceId, Signatures signatures, Map<String, List<String>> coordinateGlobs) {
        if (!signatures.maven().isEmpty()) {
            coordinateGlobs.computeIfAbsent(serviceId, id -> new ArrayList<>()).addAll(signatures.maven());
        }
        for (String prefix : signatures.packages()) {
            register(packagePrefixes, stripWildcard(prefix.strip()), serviceId);
        }
        for (String host : signatures.hosts()) {
            String name = host.strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("*.")) {
                register(hostDomains, name.substring(2), serviceId);
            } else {
                register(exactHosts, name, serviceId);
            }
        }
    }

    private static void register(Map<String, List<String>> index, String key, String serviceId) {
        List<String> services = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!services.contains(serviceId)) {
            services.add(serviceId);
        }
    }

    private static String stripWildcard(String prefix) {
        if (prefix.endsWith(".**")) {
            return prefix.substring(0, prefix.length() - 3);
        }
        return prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2) : prefix;
    }

    /** {@code com.google.analytics:*}: '*' stands for any run of characters within one part. */
    private static Pattern coordinatePattern(List<String> globs) {
        StringBuilder regex = new StringBuilder();
        for (String glob : globs) {
            String coordinates = glob.strip().contains(":") ? glob.strip() : glob.strip() + ":*";
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:");
            for (String literal : coordinates.split("\\*", -1)) {
                regex.append(Pattern.quote(literal)).append("[^:]*");
            }
            regex.setLength(regex.length() - "[^:]*".length());
            regex.append(')');
        }
        return Pattern.compile(regex.toString());
    }
}
