/**
 * The thin Maven plugin ({@code lawful:check}, {@code lawful:report}, the site report): turns
 * the project and the goal's parameters into an {@link dev.lawful.AnalyzerConfig}, runs the
 * {@link dev.lawful.Analyzer} and writes the reports. Nothing in the core depends on it.
 */
package dev.lawful.maven;
