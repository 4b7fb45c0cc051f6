#!/bin/sh
# Refits the weighing classifier's signal weights on the labelled corpus's training split
# (logistic regression, see docs/classification.md) and writes them into the core:
#   bench/fit-weights.sh
# Deterministic: the same signals and corpus give the same file. SignalWeightsTest fails
# when the committed file is not the fit.
set -e
cd "$(dirname "$0")/.."
REPO=${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO}
./mvnw -B -q $REPO -pl rules -am test -Dtest=SignalWeightsTest#committedWeightsAreTheFitOfTheTrainingSplit \
    -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
test -s rules/target/fitted-weights.yaml
cp rules/target/fitted-weights.yaml analyzer-core/src/main/resources/dev/lawful/classify/weights.yaml
echo "wrote analyzer-core/src/main/resources/dev/lawful/classify/weights.yaml"
