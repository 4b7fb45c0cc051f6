/**
 * Recipient detection, beside classification: finds the third-party services a build uses
 * (Maven coordinates, packages, hosts in string constants) and reports each as a {@link
 * dev.lawful.recipient.RecipientUse}. Uses the ground floor and the scanners' results.
 */
package dev.lawful.recipient;
