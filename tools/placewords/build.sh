#!/usr/bin/env bash
# Regenerates enduse-core/src/main/resources/geo/place-words.txt: the town names of geo/places.tsv
# and the spellings of geo/place-spellings.tsv
# that are also ordinary words, from the Debian word lists of the seven languages enduse reads.
# The word lists are installed, read and not kept in the repository:
#   wngerman, wfrench, wdutch, wamerican, wbritish, wukrainian, wpolish (/usr/share/dict),
#   hunspell-ru (/usr/share/hunspell/ru_RU.dic; Russian has no /usr/share/dict list).
# Usage: tools/placewords/build.sh   (needs apt-get as root, or the packages already installed, and python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
geo="$root/enduse-core/src/main/resources/geo"
dict=/usr/share/dict
lists=("$dict/ngerman" "$dict/french" "$dict/dutch" "$dict/american-english" "$dict/british-english"
       "$dict/ukrainian" "$dict/polish" /usr/share/hunspell/ru_RU.dic)
for list in "${lists[@]}"; do
  if [ ! -f "$list" ]; then
    apt-get install -y -q wngerman wfrench wdutch wamerican wbritish wukrainian wpolish hunspell-ru >/dev/null
    break
  fi
done
python3 "$here/build.py" "$geo/places.tsv" "$geo/place-words.txt" "${lists[@]}"
