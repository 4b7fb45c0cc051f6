#!/bin/sh
# Scans held-out applications with one classifier and writes PREFIX-KEY/lawful.json beside the
# label tables, for score.py:
#   bench/heldout/measure.sh CLASSIFIER WORKDIR TABLES KEY...
# WORKDIR holds KEY-root/owner+name/ (the application at its commit); TABLES the KEY.tsv files.
# Each application is scanned from its KEY-root folder, so report paths match the tables.
set -e
LAWFUL_JAR=${LAWFUL_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/cli/target/lawful.jar}
classifier=$1; work=$2; tables=$3; shift 3
for key in "$@"; do
  out="$work/$classifier-$key"
  rm -rf "$out"
  (cd "$work/$key-root" && java -jar "$LAWFUL_JAR" scan --classifier "$classifier" --format json \
      --output "$out" --fail-on never . >/dev/null)
  cp "$tables/$key.tsv" "$work/$key.tsv"
done
