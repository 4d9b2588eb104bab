#!/usr/bin/env bash
# Regenerates enduse-core/src/main/resources/org/enduse/core/extract/given-names.tsv: the given names
# of the datafaker jar's name lists (net.datafaker:datafaker 2.7.0, Apache-2.0, fetched from Maven
# Central into the local repository) less ordinary words, places and names lexicon.tsv has already.
# The word lists are those of tools/placewords (Debian wngerman, wfrench, wdutch, wamerican, wbritish,
# wukrainian, wpolish, hunspell-ru): installed, read and not kept in the repository.
# Usage: tools/givennames/build.sh   (needs apt-get as root, or the packages already installed, python3 with PyYAML)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
res="$root/enduse-core/src/main/resources"
jar="$HOME/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar"
[ -f "$jar" ] || "$root/mvnw" -q -B dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
for list in ngerman french dutch american-english british-english ukrainian polish; do
  if [ ! -f "/usr/share/dict/$list" ] || [ ! -f /usr/share/hunspell/ru_RU.dic ]; then
    apt-get install -y -q wngerman wfrench wdutch wamerican wbritish wukrainian wpolish hunspell-ru python3-yaml >/dev/null
    break
  fi
done
python3 "$here/build.py" "$jar" /usr/share/dict /usr/share/hunspell/ru_RU.dic \
  "$res/org/enduse/core/extract/lexicon.tsv" "$res/org/enduse/core/extract/given-names.tsv" \
  "$res/geo/places.tsv" "$res/geo/regions.tsv" "$res/geo/areas.tsv" "$res/org/enduse/core/extract/countries.tsv"
