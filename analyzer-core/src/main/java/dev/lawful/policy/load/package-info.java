/**
 * Loading rule files into a {@link dev.lawful.policy.Policy}: the hardened YAML reader, the
 * parser of each file, the composition of {@code extends} chains and the reference checks,
 * each problem with file, line and column. Uses the policy model only.
 */
package dev.lawful.policy.load;
