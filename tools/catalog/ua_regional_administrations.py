#!/usr/bin/env python3
"""Writes catalog/actors/ua-regional-administrations.jsonl: the regional (military) administrations
of Ukraine's oblasts, the bodies whose heads report strikes, losses and deliveries region by region.

Since February 2022 each oblast's state administration (ОДА) also acts as its military
administration (ОВА); reports name either. Their names are the oblast's adjective, taken from
geo/regions.tsv (Natural Earth's Ukrainian and Russian admin-1 names, public domain, "Одеська область"), before the body's
noun, declined here in every case ("Одеської обласної військової адміністрації", "Одесской областной
военной администрации"), and in English after the region's name ("Odesa Regional Military
Administration", "Odessa regional administration").

Usage: ua_regional_administrations.py REGIONS_TSV OUT_JSONL
"""
import json
import sys

# Kyiv's region and city share the name "Київ" in geo/regions.tsv; the oblast's adjective is written here.
KYIV_OBLAST = ("UA-32", "Kyiv", "Київська область", "Киевская область")
# Crimea and Sevastopol have no Ukrainian administration on the ground; Kyiv city has a city one.
LEFT_OUT = {"UA-30", "UA-40", "UA-43"}
# The official Ukrainian romanisation where the English name in geo/regions.tsv is an older one.
ENGLISH_ALSO = {"Odessa": "Odesa"}

# The nouns by case: nominative, genitive, dative/locative, accusative, instrumental; the adjective
# before them takes the feminine ending of the same case.
UK_ADJ = ["а", "ої", "ій", "у", "ою"]
UK_NOUNS = {
    "military": ["обласна військова адміністрація", "обласної військової адміністрації", "обласній військовій адміністрації",
                 "обласну військову адміністрацію", "обласною військовою адміністрацією"],
    "state": ["обласна державна адміністрація", "обласної державної адміністрації", "обласній державній адміністрації",
              "обласну державну адміністрацію", "обласною державною адміністрацією"],
}
UK_SHORT = ["ОВА", "ОДА"]
RU_ADJ = ["ая", "ой", "ой", "ую", "ой"]
RU_NOUNS = {
    "military": ["областная военная администрация", "областной военной администрации", "областной военной администрации",
                 "областную военную администрацию", "областной военной администрацией"],
    "state": ["областная государственная администрация", "областной государственной администрации",
              "областной государственной администрации", "областную государственную администрацию",
              "областной государственной администрацией"],
}
EN_FORMS = ["{} Regional Military Administration", "{} regional military administration", "{} Oblast Military Administration",
            "{} Regional State Administration", "{} regional administration"]


def uk_forms(adjective):
    stem = adjective[:-1]
    out = []
    for case, ending in enumerate(UK_ADJ):
        for noun in UK_NOUNS.values():
            out.append(f"{stem}{ending} {noun[case]}")
        for short in UK_SHORT:
            out.append(f"{stem}{ending} {short}")
    return out


def ru_forms(adjective):
    stem = adjective[:-2]
    out = []
    for case, ending in enumerate(RU_ADJ):
        for noun in RU_NOUNS.values():
            form = f"{stem}{ending} {noun[case]}"
            if form not in out:
                out.append(form)
    return out


def regions(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.startswith("UA-"):
                continue
            cells = line.rstrip("\n").split("\t")
            code, en, uk, ru = cells[0], cells[4], cells[8], cells[9]
            if code in LEFT_OUT:
                continue
            if code == KYIV_OBLAST[0]:
                code, en, uk, ru = KYIV_OBLAST
            yield code, en, uk, ru


def main(regions_tsv, out_jsonl):
    rows = []
    for code, en, uk, ru in regions(regions_tsv):
        uk_adjective, ru_adjective = uk.split(" ")[0], ru.split(" ")[0]
        if not uk.endswith(" область") or not ru.endswith(" область") or not uk_adjective.endswith("а") or not ru_adjective.endswith("ая"):
            sys.exit(f"{regions_tsv}: region {code} has no oblast adjective ({uk!r}, {ru!r})")
        english = [en] + ([ENGLISH_ALSO[en]] if en in ENGLISH_ALSO else [])
        rows.append({
            "id": "ua-rma-" + code[3:],
            "kind": "GOVERNMENT_BODY",
            "name": f"{english[-1]} Regional Military Administration",
            "country": "UA",
            "parent": "UA",
            "aliases": {
                "en": [form.format(name) for name in english for form in EN_FORMS],
                "uk": uk_forms(uk_adjective),
                "ru": ru_forms(ru_adjective),
            },
            "sources": [f"The regional state administration of {code}, since 2022 also its military administration; "
                        "oblast names from Natural Earth admin-1 (geo/regions.tsv, public domain), declined by tools/catalog/ua_regional_administrations.py"],
        })
    with open(out_jsonl, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
