/**
 * Binding: finds the declaration (a rule-file entry or {@code @PersonalData}) that covers a
 * classified field, as a {@link dev.lawful.bind.BoundDeclaration}. Uses the ground floor and
 * the classifier's result.
 */
package dev.lawful.bind;
