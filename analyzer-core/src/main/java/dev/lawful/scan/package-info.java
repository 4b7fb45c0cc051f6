/**
 * The scanned code's value types, on the ground floor: types, their fields and annotations,
 * where they came from, what could not be parsed, and how a source file is decoded
 * ({@code SourceText}, which the scanner and the report snippets share). Both scanners produce them, and every
 * later stage reads them. Uses nothing of Lawful but the policy model.
 */
package dev.lawful.scan;
