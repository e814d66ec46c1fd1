#!/usr/bin/env bash
# Start-up of `isms4j check` on the bundled register as a ratio to `java -version`, both measured
# here in the same run: the plain `java -jar`, and the launcher isms-cli/bin/isms4j (an AppCDS
# archive and the JIT's first tier). Each round runs every variant once, so that a change of load
# on the machine touches them alike; the figure is the best of the rounds. Run from the repository
# root after ./mvnw -B -ntp -pl isms-cli -am package -DskipTests.
set -euo pipefail
runs="${1:-10}"
jar="isms-cli/target/isms4j.jar"
launcher="isms-cli/bin/isms4j"
register="docs/examples/src/main/resources/org/isms4j/examples/example-register.json"

ms() { # wall time in ms of one run of "$@"
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

rm -f "${jar%.jar}.jsa"
"$launcher" check "$register" >/dev/null # the first run makes the launcher's archive
version=999999 plain=999999 launched=999999
for _ in $(seq "$runs"); do
    t=$(ms java -version); (( t < version )) && version=$t
    t=$(ms java -jar "$jar" check "$register"); (( t < plain )) && plain=$t
    t=$(ms "$launcher" check "$register"); (( t < launched )) && launched=$t
done
ratio() { awk "BEGIN{printf \"%.1f\", $1/$version}"; }
echo "java -version:                    ${version} ms"
echo "java -jar isms4j.jar check:       ${plain} ms  ($(ratio "$plain") x)"
echo "isms-cli/bin/isms4j check:        ${launched} ms  ($(ratio "$launched") x)"
echo "best of $runs; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
