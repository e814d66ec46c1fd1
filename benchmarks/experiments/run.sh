#!/usr/bin/env bash
# Experiments behind the recommendations of docs/benchmarks.md: not in the Maven build, which
# measures only the library as shipped.
#
#   benchmarks/experiments/run.sh                       # PerRiskExperiment
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/experiments/run.sh PerRiskExperiment
#
# (KernelExperiment, whose Vector API sketch became ColumnarScorer's vector kernel, is gone:
# ScoringBenchmark measures the kernel itself.)
#
# Compiles these sources against benchmarks/target/benchmarks.jar (built if missing) with JMH's
# annotation processor, then runs JMH with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/../.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || ./mvnw -q -pl benchmarks -am package -DskipTests
processor=$(ls ~/.m2/repository/org/openjdk/jmh/jmh-generator-annprocess/*/jmh-generator-annprocess-*.jar | tail -n 1)
classes=benchmarks/target/experiments
rm -rf "$classes" && mkdir -p "$classes"
"$javac" -cp "$jar:$processor" -d "$classes" benchmarks/experiments/org/isms4j/benchmarks/*.java
# The default pattern picks the experiments out of everything JMH lists.
exec "$java" -cp "$classes:$jar" org.openjdk.jmh.Main \
  -jvm "$java" "${@:-PerRiskExperiment}"
