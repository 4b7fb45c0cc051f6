/**
 * Checks: the {@link dev.lawful.check.Check} interface, its metadata ({@link
 * dev.lawful.check.CheckInfo}), findings, the code around them (snippets), fixes, severities,
 * the fail level, suppressions and
 * the one registry of rules ({@link dev.lawful.check.Checks}, read from {@code
 * META-INF/services/dev.lawful.check.Check}). A check sees the policy, the inventory and the
 * recipient uses through {@link dev.lawful.check.CheckContext}, never a parser. Uses the
 * ground floor, classification, binding and the inventory.
 */
package dev.lawful.check;
