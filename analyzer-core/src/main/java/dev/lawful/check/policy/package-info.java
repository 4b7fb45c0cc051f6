/**
 * The policy lint: checks of the policy itself (complete against Art. 13 and 14, consistent),
 * which look only at the policy and point into the rule files. One class per rule; {@link
 * dev.lawful.check.policy.PolicyLint} runs them alone for {@code lawful validate}. Uses what
 * {@code check} may use.
 */
package dev.lawful.check.policy;
