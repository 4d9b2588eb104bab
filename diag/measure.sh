#!/bin/bash
# measure.sh JAR TAG : eval of the seven tuning batches, the dev set and the seeds into diag/m/TAG-*.txt
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=$1; TAG=$2; cd /work/wt-roles22
for b in 12 13 14 15 16 17 18; do
  $J --enable-native-access=ALL-UNNAMED -jar $JAR eval --texts /work/realtexts$b enduse-core/src/test/resources/heldout/real-tune$b > diag/m/$TAG-t$b.txt 2>/dev/null
done
$J --enable-native-access=ALL-UNNAMED -jar $JAR eval > diag/m/$TAG-dev.txt 2>/dev/null
$J --enable-native-access=ALL-UNNAMED -jar $JAR eval --texts /work/shared/seeds enduse-core/src/test/resources/heldout/seeds.jsonl > diag/m/$TAG-seeds.txt 2>/dev/null
