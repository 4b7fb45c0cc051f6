/**
 * The analysis as one call: {@link dev.lawful.Analyzer} runs the stages (load the policy,
 * scan, classify, bind, build the inventory, run the checks) and returns a {@link
 * dev.lawful.Result}, which is all the report writers read. {@code Analyzer} and {@code
 * AnalyzerConfig} may use every stage; {@code Result} holds only the stages' results. {@code
 * Problem}, {@code ConfigurationException} and {@code Version} stand on the ground floor
 * beside the policy model: every stage may report a configuration problem.
 */
package dev.lawful;
