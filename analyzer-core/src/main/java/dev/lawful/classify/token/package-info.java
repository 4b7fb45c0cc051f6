/**
 * Splitting identifiers into words and matching them against the taxonomy's patterns, for
 * the classifier. Uses the ground floor only.
 */
package dev.lawful.classify.token;
