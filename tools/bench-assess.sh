#!/usr/bin/env bash
# Runs the assessment scale benchmark (not a test): builds enduse-core, compiles
# enduse-core/src/bench, and runs it with a 2 GB heap on 2 processors. Arguments go to the
# benchmark: [lines] [sightings] [seed], default 100000 1000000 42. Numbers go to docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tools/find-jdk.sh
. "$root/tools/find-jdk.sh"
enduse_find_jdk || exit 3
cd "$root"
./mvnw -q -B -pl enduse-core -DskipTests compile
out="enduse-core/target/bench-classes"
rm -rf "$out" && mkdir -p "$out"
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp enduse-core/target/classes $(find enduse-core/src/bench/java -name '*.java')
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:ActiveProcessorCount=2 -cp "enduse-core/target/classes:$out" org.enduse.bench.AssessmentBenchmark "$@"
