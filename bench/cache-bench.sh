#!/usr/bin/env bash
# What the scan cache saves on an unchanged code base, in process (no JVM start-up).
# Usage: bench/cache-bench.sh [DIR] [THREADS] [ROUNDS]   (run from the repository root)
# Without DIR, a 5,000-file code base is generated into bench/target/cache-bench-src.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/target
threads=${2:-0}
rounds=${3:-3}
[ "$threads" = 0 ] && threads=$(nproc)
repo=(${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO})
mvn -o -q -B "${repo[@]}" -f "$root/pom.xml" -pl analyzer-core,rules -am compile
mvn -q -B "${repo[@]}" -f "$root/analyzer-core/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/core.classpath"
cp=$root/analyzer-core/target/classes:$root/rules/target/classes:$(cat "$out/core.classpath")
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$root/bench/src/CacheBench.java"
dir=${1:-$out/cache-bench-src}
if [ -z "${1:-}" ] && [ ! -d "$dir" ]; then
  java -cp "$out:$cp" CacheBench generate "$dir" 5000
fi
java -Xmx2g -cp "$out:$cp" CacheBench "$dir" "$threads" "$rounds"
