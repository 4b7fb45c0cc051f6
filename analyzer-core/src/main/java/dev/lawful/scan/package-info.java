/**
 * The scanned code's value types, on the ground floor: types, their fields and annotations,
 * where they came from, and what could not be parsed. Both scanners produce them, and every
 * later stage reads them. Uses nothing of Lawful but the policy model.
 */
package dev.lawful.scan;
