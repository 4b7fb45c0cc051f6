/**
 * The checks of flows: personal data that reaches a log, a recipient the policy does not
 * name or whose categories do not cover it, special-category data sent to a third party, a
 * transfer outside the EEA without a safeguard. One class per check; reads the flows that
 * {@code inventory.flow} resolved, through {@code CheckContext}.
 */
package dev.lawful.check.flow;
