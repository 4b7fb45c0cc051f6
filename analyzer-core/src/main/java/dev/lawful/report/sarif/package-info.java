/**
 * The SARIF 2.1.0 report for code-scanning dashboards, with stable fingerprints. Uses what
 * {@code report} may use.
 */
package dev.lawful.report.sarif;
