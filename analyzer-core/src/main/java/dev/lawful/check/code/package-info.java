/**
 * The checks of code against the policy: undeclared personal data, missing purposes, legal
 * bases and retention, undisclosed categories, stale or unknown declarations. One class per
 * check; uses what {@code check} may use.
 */
package dev.lawful.check.code;
