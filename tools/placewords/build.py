#!/usr/bin/env python3
"""Lists the gazetteer's town names that are also ordinary words, for GazetteerNameSource.

Also the Ukrainian and Russian names of places in other countries that are words: GeoNames gives
far-away towns Cyrillic names that are common words, and GazetteerNameSource drops those names.

A town in the countries a report of this domain names (the theatre and the donor states) is looked
for in text by its names unless one of them is a lower-case word of a Debian word list in one of
the seven languages enduse reads ("Mir", "Hof", "Bar"). Names that are only capitalised entries of
those lists (first names, surnames, places) are not taken as words: the lists name places too
("Nordenham" would be lost with "Anna"). German capitalises its nouns, so there a capitalised entry
is a word when it behaves as a noun: it ends at least two compounds ("Mitte": "Bildmitte",
"Wochenmitte") or is declined in -e, -n or -en ("Aue": "Auen"; "Norden": "Nord"), which town names
are not. Output: one folded name a line, the names to keep excluded.

Usage: build.py PLACES_TSV OUT GERMAN_WORDLIST WORDLIST...
  (a /usr/share/dict file or a hunspell .dic each; the German one is read for its nouns too)
"""
import os
import sys
import unicodedata

# The places.tsv reader lives beside the script that writes places.tsv.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "geodata"))
from places_tsv import rows as places_tsv_rows  # noqa: E402

# The theatre and its neighbours, and the donor states: GazetteerNameSource.THEATRE and DONORS.
COUNTRIES = {"UA", "RU", "BY", "MD", "PL", "SK", "HU", "RO", "GE", "LT", "LV", "EE", "FI", "KZ",
             "DE", "NL", "BE", "FR", "LU"}
# The names of other countries' places that GazetteerNameSource leaves out when they are words.
FOREIGN_COLUMNS = ("name_uk", "name_ru")


def fold(text):
    """The extractor's TextFolding.fold: lower case, Latin letters without accents, ß as ss, ł as l,
    ё as е, other Cyrillic kept (й and ї carry meaning)."""
    out = []
    for c in text.lower():
        special = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ё": "е", "\u2019": "'", "\u02bc": "'"}
        if c in special:
            out.append(special[c])
        elif 0xC0 <= ord(c) < 0x250:
            out.append("".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d)))
        else:
            out.append(c)
    return "".join(out)


def read_words(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as lines:
        for i, line in enumerate(lines):
            word = line.strip().split("/", 1)[0]
            if path.endswith(".dic") and i == 0 and word.isdigit():
                continue  # hunspell's first line is the entry count
            if word and word[0].islower():
                words.add(fold(word))
    return words


def german_nouns(path):
    """Capitalised entries of a German list that are nouns, folded: heads of compounds or declined."""
    capitalised = set()
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            word = line.strip()
            if word and word[0].isupper():
                capitalised.add(word)
    heads = {}
    for word in capitalised:
        lower = word.lower()
        # A compound's head after a first part that is a noun itself, with or without a linking
        # -s or -n: "Bild|mitte", "Arbeits|mitte"; not "Unterh|emden".
        for i in range(3, len(lower) - 2):
            first = word[:i]
            if first in capitalised or (first[-1] in "sn" and first[:-1] in capitalised):
                heads[lower[i:]] = heads.get(lower[i:], 0) + 1
    nouns = set()
    for word in capitalised:
        # "Aue" has "Auen"; "Norden" is "Nord" declined.
        declined = any(word + ending in capitalised or (word.endswith(ending) and len(word) - len(ending) >= 3
                                                         and word[:-len(ending)] in capitalised) for ending in ("e", "n", "en"))
        if heads.get(word.lower(), 0) >= 2 or declined:
            nouns.add(fold(word))
    return nouns


# Case and adjective endings the extractor's stemmer strips from a Ukrainian or Russian name.
SLAVIC_ENDINGS = sorted(["", "а", "я", "о", "е", "ы", "и", "і", "у", "ю", "ой", "ей", "ом", "ем", "ою", "ое", "ая", "ий", "ый",
                         "ые", "ие", "ій", "ої", "ому", "ого", "ах", "ях", "ами", "ові", "еві"], key=len, reverse=True)


def declines_as_word(name, words):
    """A written Cyrillic spelling whose stem a word shares: the stemmer would meet "Кроме" (except)
    through "Кромы", "Добро" through "Доброе"."""
    if " " in name or not any("а" <= c <= "я" or c in "іїєґ" for c in name):
        return False
    stem = name
    for ending in SLAVIC_ENDINGS:
        if ending and name.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[:-len(ending)]
            break
    return any(stem + ending in words for ending in SLAVIC_ENDINGS)


def main(places_tsv, out, german, wordlists):
    words = german_nouns(german) | read_words(german)
    # Each language's own words, for the declined forms of the spellings written in it.
    by_language = {}
    for path in wordlists:
        listed = read_words(path)
        words |= listed
        language = "uk" if "ukrainian" in path else "ru" if "ru_RU" in path else None
        if language:
            by_language[language] = listed
    names = set()
    for row in places_tsv_rows(places_tsv):
        # Elsewhere only the Cyrillic names: GeoNames transliterates far-away towns into
        # Ukrainian and Russian words ("Усі", all, is Wuxi; "Дали", gave, is Dali).
        columns = [c for c in row if c.startswith("name_")] if row["country"] in COUNTRIES else FOREIGN_COLUMNS
        for column in columns:
            name = row.get(column)
            if name and fold(name) in words:
                names.add(fold(name))
    # The spellings tools/geodata/spellings.py writes for the theatre's towns are checked the same way.
    spellings = os.path.join(os.path.dirname(places_tsv), "place-spellings.tsv")
    if os.path.exists(spellings):
        with open(spellings, encoding="utf-8") as rows:
            for line in rows:
                cells = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(cells) == 3 and (fold(cells[2]) in words
                                                                  or declines_as_word(fold(cells[2]), by_language.get(cells[1], set()))):
                    names.add(fold(cells[2]))
    with open(out, "w", encoding="utf-8") as sink:
        sink.write("# Town names of the theatre and donor states, and Ukrainian and Russian names of other\n"
                   "# countries' places, that are ordinary words; made by\n"
                   "# tools/placewords/build.sh from geo/places.tsv, geo/place-spellings.tsv and Debian word\n"
                   "# lists. Do not edit.\n")
        for name in sorted(names):
            sink.write(name + "\n")
    print(f"{len(names)} names from {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
