#!/usr/bin/env python3
"""Writes enduse-core/src/main/resources/org/enduse/core/extract/given-names.tsv.

Given names from the name lists of the datafaker jar (locale YAML files, Apache-2.0), for the
languages enduse reads and those whose people reports name (Nordic commissioners and investigators),
less every name that is also an ordinary word or a town: the extractor reads a listed given name
before a capitalised word as a person, so "Hope", "Will", "Roman" (a novel in Russian) must not be
listed, nor "Asia" and "Georgia". German nouns are capitalised, so a capitalised entry of wngerman counts as
a word when the list also has it declined ("Wolke", "Wolken"), as geo/place-words.txt decides.
Usage: build.py DATAFAKER_JAR DICT_DIR RU_HUNSPELL_DIC LEXICON_TSV OUT NAMES_TSV...
(NAMES_TSV: geo/places.tsv, regions.tsv, areas.tsv and extract/countries.tsv: any name in them is out)
"""
import re
import sys
import unicodedata
import zipfile

import yaml

# Locales read: the seven languages' own, and the Nordic ones.
LOCALES = ["en", "en-GB", "en-US", "de", "de-AT", "de-CH", "fr", "fr-CH", "nl", "nl-BE", "pl",
           "uk", "ru", "sv", "sv-SE", "da-DK", "nb-NO", "fi-FI"]
# Word lists whose lower-case entries are ordinary words (Debian wamerican, wbritish, wngerman,
# wfrench, wdutch, wpolish, wukrainian in /usr/share/dict).
DICTS = ["american-english", "british-english", "ngerman", "french", "dutch", "polish", "ukrainian"]


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


CYRILLIC_ENDINGS = "аяоеєіиїйьюу"


def cyrillic_stem(key):
    """The name less one ending vowel or soft sign ("марта" of "Марта")."""
    return key[:-1] if key[-1] in CYRILLIC_ENDINGS and len(key) > 3 else key


def names_of(data):
    """The plain names under every *first_name key (templates such as "#{male_first_name}" skipped)."""
    out = []
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, list) and str(key).endswith("first_name"):
                out += [v for v in value if isinstance(v, str) and "#" not in v]
            else:
                out += names_of(value)
    return out


GERMAN_DECLENSIONS = ("n", "en", "e", "es", "er", "ern")


def main(jar, dict_dir, ru_dic, lexicon_tsv, out_path, *names_tsvs):
    words = set()
    for name in DICTS:
        with open(f"{dict_dir}/{name}", encoding="utf-8", errors="replace") as f:
            entries = [line.strip() for line in f if line.strip()]
        words.update(fold(w) for w in entries if w[0].islower())
        if name == "ngerman":
            capitalised = {w for w in entries if w[0].isupper()}
            words.update(fold(w) for w in capitalised if any(w + d in capitalised for d in GERMAN_DECLENSIONS))
            # ... or is itself a declined noun: "Osten" of "Ost".
            words.update(fold(w) for w in capitalised if any(w.endswith(d) and w[:-len(d)] in capitalised for d in GERMAN_DECLENSIONS))
    # Russian has no word list here: hunspell-ru's stems, lower-case ones only (Роман is a novel, Вера faith).
    with open(ru_dic, encoding="koi8-r", errors="replace") as f:
        next(f)
        for line in f:
            w = line.split("/")[0].strip()
            if w and w[0].islower():
                words.add(fold(w))
    towns = set()
    for names_tsv in names_tsvs:
        with open(names_tsv, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                towns.update(fold(n) for col in cols for n in re.split(r"[|,;]", col) if n and not n[0].isdigit())
    # Cyrillic names are matched by their stem, so "Власта" would meet "влади", "власти" (authorities):
    # a name is out when a word shares its stem, the name less its ending vowel, and adds at most two letters.
    prefixes = {}
    for w in words:
        for cut in range(3, len(w) + 1):
            if len(w) - cut <= 2:
                prefixes.setdefault(w[:cut], True)
    listed = set()
    with open(lexicon_tsv, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 4 and cols[1] == "firstname":
                listed.update(fold(n) for n in cols[3].split("|"))
    latin, cyrillic = set(), set()
    with zipfile.ZipFile(jar) as z:
        for locale in LOCALES:
            data = yaml.safe_load(z.read(f"{locale}.yml").decode("utf-8"))
            for name in names_of(data):
                name = name.strip()
                key = fold(name)
                # Three letters at least, one word (hyphenated allowed), not a word, town or listed name.
                if len(name) < 3 or not re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", name) or not name[0].isupper():
                    continue
                if key in words or key in towns or key in listed:
                    continue
                if re.match(r"[\u0400-\u04FF]", name) and cyrillic_stem(key) in prefixes:
                    continue
                (cyrillic if re.match(r"[\u0400-\u04FF]", name) else latin).add(name)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Given names, generated by tools/givennames/build.sh from the datafaker 2.7.0 jar's name lists\n")
        out.write("# (Apache-2.0), less ordinary words of the Debian word lists and hunspell-ru, names of countries,\n")
        out.write("# regions, areas and towns, and the names lexicon.tsv lists already. Same columns as lexicon.tsv.\n")
        for script, names, langs in (("latin", latin, ["xx"]), ("cyrillic", cyrillic, ["uk", "ru"])):
            # Folded ties ("Adaja", "Adája") by their own spelling, so every run writes the same file.
            ordered = sorted(names, key=lambda name: (fold(name), name))
            for lang in langs:
                for i in range(0, len(ordered), 40):
                    out.write(f"{lang}\tfirstname\tgiven\t{'|'.join(ordered[i:i + 40])}\n")
    print(f"{len(latin)} Latin and {len(cyrillic)} Cyrillic given names", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
