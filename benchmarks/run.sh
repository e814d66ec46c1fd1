#!/usr/bin/env bash
# Runs the JMH suite of isms4j and prints the tables of docs/benchmarks.md.
#
#   benchmarks/run.sh --quick   # about 3 minutes: one short fork per benchmark, enough for the ratios
#   benchmarks/run.sh --full    # the default: the iterations and forks set on each benchmark class
#   benchmarks/run.sh --quick -p model=5x5    # any further argument is a JMH option
#
# Builds benchmarks/target/benchmarks.jar first if it is missing (--build rebuilds it).
# Results: benchmarks/target/results/<date>-<mode>/ (JMH JSON per class, tables.md).
# One benchmark class alone: java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
args=()
build=false
for arg in "$@"; do
  if [ "$arg" = "--build" ]; then build=true; else args+=("$arg"); fi
done
if $build || [ ! -f "$jar" ]; then
  ./mvnw -q -pl benchmarks -am package -DskipTests
fi

exec java -cp "$jar" org.isms4j.benchmarks.Suite "${args[@]}"
