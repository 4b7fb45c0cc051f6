#!/usr/bin/env bash
# Measures the bytecode scan and recipient detection on a real Spring Boot application:
# spring-petclinic's compiled classes and its runtime classpath (about 160 jars).
#
#   bench/bytecode-bench.sh                     # clone, resolve, build, run 5 times
#   RUNS=10 NAIVE=1 bench/bytecode-bench.sh     # more runs, and an unrestricted scan to compare
#   bench/bytecode-bench.sh org.hibernate.boot  # also inventory these packages of the jars
#
# Petclinic sends data to no third party, so three SDKs (EXTRA_ARTIFACTS) are added to its
# classpath, as if it depended on them, for recipient detection to find something.
#
# Everything happens under $LAWFUL_BENCH_DIR (default /tmp/lawful-bench), never in the repo.
# PETCLINIC_URL may point at a local mirror; PETCLINIC_REF pins the commit measured.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${LAWFUL_BENCH_DIR:-/tmp/lawful-bench}
m2=${LAWFUL_BENCH_M2:-$work/m2}
url=${PETCLINIC_URL:-https://github.com/spring-projects/spring-petclinic.git}
ref=${PETCLINIC_REF:-edf4db28a}
runs=${RUNS:-5}
heap=${HEAP:-256m}
extra=${EXTRA_ARTIFACTS:-com.stripe:stripe-java:24.0.0 io.sentry:sentry:7.0.0 com.segment.analytics.java:analytics:3.5.1}
app=$work/petclinic
mkdir -p "$work"

if [ ! -d "$app/.git" ]; then
  git clone -q "$url" "$app"
fi
git -C "$app" checkout -q "$ref"

if [ ! -f "$app/target/classes/org/springframework/samples/petclinic/PetClinicApplication.class" ] \
    || [ ! -f "$work/petclinic.classpath" ]; then
  echo "Resolving and compiling petclinic (first run downloads its dependencies into $m2)..."
  (cd "$app" && mvn -B -q -Dmaven.repo.local="$m2" -Dcheckstyle.skip -Dspring-javaformat.skip=true \
      -Djacoco.skip=true compile dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/petclinic.classpath")
fi

classpath="$(cat "$work/petclinic.classpath")"
for artifact in $extra; do
  IFS=: read -r group artifact_id version <<< "$artifact"
  jar="$m2/${group//.//}/$artifact_id/$version/$artifact_id-$version.jar"
  if [ ! -f "$jar" ]; then
    mvn -B -q -Dmaven.repo.local="$m2" dependency:get -Dartifact="$artifact" -Dtransitive=false
  fi
  classpath="$classpath:$jar"
done
printf '%s' "$classpath" > "$work/bench.classpath"

echo "Building lawful-analyzer-core..."
(cd "$root" && mvn -o -B -q -pl analyzer-core compile dependency:build-classpath \
    -Dmdep.outputFile="$work/core.classpath")
cp="$root/analyzer-core/target/classes:$(cat "$work/core.classpath"):$root/rules/src/main/resources"
rm -rf "$work/bench-classes"
javac -d "$work/bench-classes" -cp "$cp" "$root/bench/src/BytecodeBench.java"

echo "petclinic $(git -C "$app" rev-parse --short HEAD): $(awk -F: '{print NF}' "$work/bench.classpath") jars" \
  "(runtime classpath + $(wc -w <<< "$extra") SDKs), $(du -ch $(tr ':' ' ' < "$work/bench.classpath") | tail -1 | cut -f1) on disk;" \
  "$(find "$app/target/classes" -name '*.class' | wc -l) class files of its own"
echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), -Xmx$heap"

naive=()
if [ -n "${NAIVE:-}" ]; then naive=(-Dnaive=1); fi
/usr/bin/time -f "process: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
  java -Xmx"$heap" "${naive[@]}" -cp "$work/bench-classes:$cp" BytecodeBench \
    "$app" "$app/target/classes" "$work/bench.classpath" "$m2" "$app/src/main/java" "$runs" "$@"
