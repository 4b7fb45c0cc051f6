#!/usr/bin/env bash
# Scans spring-petclinic packed as a Spring Boot jar, and the same classes folder and jars
# given separately, and prints the time of each. Needs what bench/bytecode-bench.sh leaves in
# $LAWFUL_BENCH_DIR (compiled petclinic, bench.classpath); run that first. The fat jar is
# written under $LAWFUL_BENCH_DIR, never in the repo.
#
#   RUNS=5 bench/fatjar-bench.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${LAWFUL_BENCH_DIR:-/tmp/lawful-bench}
runs=${RUNS:-5}
heap=${HEAP:-256m}
classes=${PETCLINIC_CLASSES:-$work/petclinic/target/classes}

(cd "$root" && mvn -o -B -q -pl analyzer-core compile dependency:build-classpath \
    -Dmdep.outputFile="$work/core.classpath")
cp="$root/analyzer-core/target/classes:$(cat "$work/core.classpath"):$root/rules/src/main/resources"
rm -rf "$work/fatjar-bench-classes"
javac -d "$work/fatjar-bench-classes" -cp "$cp" "$root/bench/src/FatJarBench.java"
echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), -Xmx$heap"
/usr/bin/time -f "process: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
  java -Xmx"$heap" -cp "$work/fatjar-bench-classes:$cp" FatJarBench \
    "$classes" "$work/bench.classpath" "$work/petclinic-boot.jar" "$runs"
