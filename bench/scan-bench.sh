#!/usr/bin/env bash
# Scan speed against bare JavaParser parsing, and classification cost.
# Usage: bench/scan-bench.sh DIR [THREADS] [ROUNDS]   (run from the repository root)
# MODES="compare" checks that blanking method bodies changes nothing the scan finds.
# MODES="parse flows analyze" HEAP=512m measures the flow analysis (pre-filter counts) and the whole analysis.
set -euo pipefail
dir=${1:?usage: bench/scan-bench.sh DIR [THREADS] [ROUNDS]}
threads=${2:-0}
rounds=${3:-2}
[ "$threads" = 0 ] && threads=$(nproc)
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/target
m2=${MAVEN_REPO:-$HOME/.m2/repository}
mvn -o -q -B -Dmaven.repo.local="$m2" -f "$root/pom.xml" -pl analyzer-core,rules -am compile
deps=$m2/com/github/javaparser/javaparser-core/3.28.2/javaparser-core-3.28.2.jar:$m2/org/yaml/snakeyaml/2.7/snakeyaml-2.7.jar:$m2/io/github/classgraph/classgraph/4.8.200/classgraph-4.8.200.jar
cp=$root/analyzer-core/target/classes:$root/rules/target/classes:$deps
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$root/bench/src/ScanBench.java"
for mode in ${MODES:-parse scan-full scan classify}; do
  /usr/bin/time -f "$mode: max RSS %M KB, wall %e s, CPU %P" java -Xmx${HEAP:-2g} -cp "$out:$cp" ScanBench "$dir" "$threads" "$mode" "$rounds"
done
