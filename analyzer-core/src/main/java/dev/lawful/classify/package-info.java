/**
 * Classification: decides, from names, types, annotations and context, whether a field holds
 * personal data and of which categories, with the evidence for and against. The word lists
 * and weights are data ({@code context.yaml}, the taxonomy). Uses the ground floor and the
 * scanners' results.
 */
package dev.lawful.classify;
