#!/usr/bin/env bash
# One generated class with many fields: scan and classification time and peak heap.
# Usage: bench/wide-class-bench.sh [FIELDS] [ROUNDS] [THREADS]   (run from the repository root; THREADS: one per processor)
# HEAP (default 256m) is the JVM's -Xmx: the figure must hold inside a small heap.
set -euo pipefail
fields=${1:-100000}
rounds=${2:-3}
heap=${HEAP:-256m}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/target
m2=${MAVEN_REPO:-$HOME/.m2/repository}
mvn_repo=()
[ -n "${MAVEN_REPO:-}" ] && mvn_repo=(-Dmaven.repo.local="$MAVEN_REPO")
"$root/mvnw" -o -q -B "${mvn_repo[@]}" -f "$root/pom.xml" -pl analyzer-core,rules -am compile
deps=$m2/com/github/javaparser/javaparser-core/3.28.2/javaparser-core-3.28.2.jar:$m2/org/yaml/snakeyaml/2.7/snakeyaml-2.7.jar
cp=$root/analyzer-core/target/classes:$root/rules/target/classes:$deps
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$root/bench/src/WideClassBench.java"
/usr/bin/time -f "max RSS %M KB, wall %e s, CPU %P" java -Xmx"$heap" -Dclassifier="${CLASSIFIER:-}" -cp "$out:$cp" WideClassBench "$fields" "$rounds" "${3:-$(nproc)}"
