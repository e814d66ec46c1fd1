#!/usr/bin/env bash
# Experiments behind the recommendations of docs/benchmarks.md: not in the Maven build (the
# Vector API is an incubating module, whose javac warning -Werror refuses on JDK 17).
#
#   benchmarks/experiments/run.sh                       # KernelExperiment and PerRiskExperiment
#   benchmarks/experiments/run.sh KernelExperiment -p size=16000000
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/experiments/run.sh KernelExperiment
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
# The incubating-module warning is expected; nothing else should be printed.
"$javac" -nowarn -cp "$jar:$processor" --add-modules jdk.incubator.vector -d "$classes" \
  benchmarks/experiments/org/isms4j/benchmarks/*.java 2>&1 | grep -v 'incubating\|^1 warning' || true
# The default pattern picks the experiments out of everything JMH lists.
exec "$java" --add-modules jdk.incubator.vector -cp "$classes:$jar" org.openjdk.jmh.Main \
  -jvm "$java" "${@:-(Kernel|PerRisk)Experiment}"
