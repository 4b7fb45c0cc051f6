/**
 * The bytecode scanner: reads compiled classes, jars, Spring Boot jars and WARs with
 * ClassGraph into the {@code scan} value types, and collects the evidence of third-party
 * services in dependencies ({@link dev.lawful.scan.bytecode.BytecodeScan}). Archives are
 * unpacked without leaving their folder. Uses the ground floor only.
 */
package dev.lawful.scan.bytecode;
