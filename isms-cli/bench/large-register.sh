#!/usr/bin/env bash
# Scores and converts a register of 1,000,000 risks with a 256 MB heap: the memory stays bounded
# because both commands stream row by row. Run from the repository root after
# ./mvnw -B -ntp -pl isms-cli -am package -DskipTests.
set -euo pipefail
n="${1:-1000000}"
jar="isms-cli/target/isms4j.jar"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/large-register.py" "$n" "$dir/large register.json"
ls -l "$dir/large register.json"
/usr/bin/time -f "score: %e s, max RSS %M KB" java -Xmx256m -jar "$jar" score "$dir/large register.json" -o "$dir/scored.json"
/usr/bin/time -f "convert: %e s, max RSS %M KB" java -Xmx256m -jar "$jar" convert "$dir/scored.json" "$dir/copy.json"
/usr/bin/time -f "check: %e s, max RSS %M KB" java -Xmx256m -jar "$jar" check "$dir/copy.json"
