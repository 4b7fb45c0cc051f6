/**
 * Reports, on the top floor: the formats users can ask for, written atomically into the
 * output folder, and the text and JSON writers; the rules reference (docs/checks.md) is
 * generated here from the registry. Reads only the {@link dev.lawful.Result} and the types it
 * holds; never the scanners.
 */
package dev.lawful.report;
