#!/usr/bin/env bash
# Start-up of `isms4j check` on the bundled register as a ratio to `java -version`, both measured
# here in the same run (best of N each), without and with an AppCDS archive. Run from the
# repository root after ./mvnw -B -ntp -pl isms-cli -am package -DskipTests.
set -euo pipefail
runs="${1:-10}"
jar="isms-cli/target/isms4j.jar"
register="docs/examples/src/main/resources/org/isms4j/examples/example-register.json"
archive="$(mktemp -d)/isms4j.jsa"

best() { # best wall time in ms of "$@" over $runs runs
    local best=999999
    for _ in $(seq "$runs"); do
        local start end ms
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        (( ms < best )) && best=$ms
    done
    echo "$best"
}

java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" check "$register" >/dev/null 2>&1
version=$(best java -version)
plain=$(best java -jar "$jar" check "$register")
cds=$(best java -XX:SharedArchiveFile="$archive" -jar "$jar" check "$register")
echo "java -version:             ${version} ms"
echo "isms4j check:              ${plain} ms  ($(awk "BEGIN{printf \"%.1f\", $plain/$version}") x)"
c1=$(best java -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1 -jar "$jar" check "$register")
echo "isms4j check with AppCDS:  ${cds} ms  ($(awk "BEGIN{printf \"%.1f\", $cds/$version}") x)"
echo "  and -XX:TieredStopAtLevel=1: ${c1} ms  ($(awk "BEGIN{printf \"%.1f\", $c1/$version}") x)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
