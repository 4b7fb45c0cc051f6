/**
 * The {@code lawful} command (picocli): scan, validate and explain, over {@link
 * dev.lawful.Analyzer} and the report writers. Nothing in the core depends on it.
 */
package dev.lawful.cli;
