/**
 * The source scanner: parses Java files with JavaParser (method bodies blanked, since only
 * declarations matter), in parallel, into the {@code scan} value types; an unparseable file
 * becomes a parse problem and the scan goes on. Uses the ground floor only.
 */
package dev.lawful.scan.source;
