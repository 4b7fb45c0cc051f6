/**
 * The HTML report: one self-contained page (style and script inline, a content security
 * policy) in which everything from the scanned code is escaped. Uses what {@code report} may
 * use.
 */
package dev.lawful.report.html;
