/**
 * The policy model, on the ground floor: controller, purposes, legal bases, data categories,
 * retention rules, recipients, transfers and declarations, as immutable records, with the
 * look-ups several stages share ({@link dev.lawful.policy.DeclaredRecipients}, {@link
 * dev.lawful.policy.DataCategory#isWithin(String, String)}). Uses nothing of Lawful but the root package's
 * configuration errors.
 */
package dev.lawful.policy;
