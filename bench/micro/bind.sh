#!/usr/bin/env bash
# The cost of binding add_item's body: read field by field (the old way) against BodyBinder into AddItemRequest,
# parse included, a million bodies a round.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl adapter-http -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
    -Dmdep.includeScope=runtime >/dev/null
cp="adapter-http/target/classes:application/target/classes:domain/target/classes:$(cat adapter-http/target/classpath.txt)"
out=$(mktemp -d)
javac -cp "$cp" -d "$out" bench/micro/BindBench.java
java -cp "$cp:$out" BindBench
