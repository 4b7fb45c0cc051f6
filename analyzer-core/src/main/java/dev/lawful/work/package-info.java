/**
 * Work spread over threads: {@link dev.lawful.work.ParallelWork} runs numbered tasks on a
 * given number of threads, the caller's among them, for every stage that does the same thing
 * to many inputs (hashing files, reading the cache's chunks, classifying fields).
 */
package dev.lawful.work;
