#!/usr/bin/env bash
# The classify phase of both classifiers on the Java sources under DIR, against the scan of DIR.
# Usage: bench/classify-bench.sh DIR [ROUNDS] [THREADS]   (run from the repository root)
# CLASSIFIER=rules or weighed runs one of them; JAVA_OPTS adds JVM options (a flight recording).
# HEAP (default 512m) is the JVM's -Xmx. Set MAVEN_REPO to a private Maven repository if you use one.
set -euo pipefail
dir=${1:?usage: bench/classify-bench.sh DIR [ROUNDS] [THREADS]}
rounds=${2:-3}
threads=${3:-1}
heap=${HEAP:-512m}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/target
m2=${MAVEN_REPO:-$HOME/.m2/repository}
mvn_repo=()
[ -n "${MAVEN_REPO:-}" ] && mvn_repo=(-Dmaven.repo.local="$MAVEN_REPO")
"$root/mvnw" -o -q -B "${mvn_repo[@]}" -f "$root/pom.xml" -pl analyzer-core,rules -am compile
deps=$m2/com/github/javaparser/javaparser-core/3.28.2/javaparser-core-3.28.2.jar:$m2/org/yaml/snakeyaml/2.7/snakeyaml-2.7.jar
cp=$root/analyzer-core/target/classes:$root/rules/target/classes:$deps
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$root/bench/src/ClassifyBench.java"
/usr/bin/time -f "max RSS %M KB, wall %e s, CPU %P" java -Xmx"$heap" -Dclassifier="${CLASSIFIER:-}" ${JAVA_OPTS:-} -cp "$out:$cp" ClassifyBench "$dir" "$rounds" "$threads"
