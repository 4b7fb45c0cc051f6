/**
 * The checks of recipients: a service the build uses that the policy does not name, a
 * transfer outside the EEA without a safeguard, a named recipient nothing uses. One class per
 * check; uses what {@code check} may use.
 */
package dev.lawful.check.recipient;
