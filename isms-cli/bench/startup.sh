#!/usr/bin/env bash
# Start-up of `isms4j check` on the bundled register as a ratio to `java -version`, both measured
# here in the same run with the same java (JAVA, else java on the PATH): the plain `java -jar`,
# and the launcher isms-cli/bin/isms4j (a CDS archive and the JIT's first tier). Each round runs
# every variant once, so that a change of load on the machine touches them alike; the figures are
# the best and the median of the rounds. Run from the repository root after
# ./mvnw -B -ntp -pl isms-cli -am package -DskipTests.
set -euo pipefail
runs="${1:-10}"
java="${JAVA:-java}"
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

export JAVA="$java" # the java the launcher runs
rm -f isms-cli/target/isms4j.*.jsa isms-cli/target/isms4j.jsa
"$launcher" check "$register" >/dev/null # the first run makes the launcher's archive
version=() plain=() launched=()
for _ in $(seq "$runs"); do
    version+=("$(ms "$java" -version)")
    plain+=("$(ms "$java" -jar "$jar" check "$register")")
    launched+=("$(ms "$launcher" check "$register")")
done
best() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
v=$(best "${version[@]}")
line() { # name, times...
    local name=$1; shift
    local b; b=$(best "$@")
    printf '%-34s best %4d ms (%s x), median %4d ms\n' "$name" "$b" "$(awk "BEGIN{printf \"%.1f\", $b/$v}")" "$(median "$@")"
}
line "$java -version:" "${version[@]}"
line "java -jar isms4j.jar check:" "${plain[@]}"
line "isms-cli/bin/isms4j check:" "${launched[@]}"
echo "best of $runs; $("$java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
