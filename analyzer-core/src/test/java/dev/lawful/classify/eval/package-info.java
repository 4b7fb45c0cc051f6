/**
 * Test code: measures the classifier against a labelled corpus (precision, recall), for the
 * corpus tests here and in the rules module, which reads it from analyzer-core's test jar.
 */
package dev.lawful.classify.eval;
