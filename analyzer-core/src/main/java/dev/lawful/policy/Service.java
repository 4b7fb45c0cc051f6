package dev.lawful.policy;

/**
 * A third-party service the taxonomy knows how to recognise (Google Analytics, Stripe,
 * Sentry). A service is not a recipient until a policy declares it as one.
 *
 * @param country ISO 3166-1 alpha-2 code of where the service processes data
 */
public record Service(String id, String name, String country, Signatures signatures, SourceRef ref) {
}
