package dev.lawful.recipient;

/**
 * Evidence in the build that a third-party service is used.
 *
 * @param serviceId the taxonomy service (or policy recipient) id
 * @param how MAVEN (a dependency's coordinates), PACKAGE (an import or class), HOST (an
 *     endpoint in a string constant)
 * @param evidence the coordinate, class or host that matched
 * @param file where it was seen (source path, jar, or pom), with '/'
 */
public record RecipientUse(String serviceId, How how, String evidence, String file, int line) {

    public enum How { MAVEN, PACKAGE, HOST }
}
