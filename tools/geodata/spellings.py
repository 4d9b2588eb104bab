#!/usr/bin/env python3
"""Writes the spellings of Ukrainian, Russian and Belarusian places that GeoNames leaves out.

GeoNames (geo/places.tsv) gives most small towns of the theatre only their Latin name: of 1,508
Ukrainian places 1,271 have no Ukrainian and 1,269 no Russian name ("Toretsk", "Chasiv Yar",
"Rozivka"), and Russian border towns have no Russian one ("Sudzha"). Front-line reports name
exactly these towns, in Cyrillic, or in a German, Dutch or French transliteration ("Gluschkowo",
"Tsjasiv Jar", "Tchassiv Iar"). This script
writes them, one spelling a line (geonames_id, language, name), into geo/place-spellings.tsv:

  uk  for a Ukrainian place without one: its Latin name read back letter by letter, the official
      Ukrainian romanisation (2010) and BGN/PCGN's older one both understood ("Rozivka" ->
      "Розівка", "Toretsk" -> "Торецьк", "Kryvyy Rih" and "Kryvyi Rih" -> "Кривий Ріг")
  ru  for a Russian or Belarusian place without one: BGN/PCGN read back ("Sudzha" -> "Суджа",
      "Grayvoron" -> "Грайворон"); for a Ukrainian place, its Ukrainian name (GeoNames' or the one
      above) with the endings Russian writes differently ("Розівка" -> "Розовка", "Новгородське"
      -> "Новгородское", "Торецьк" -> "Торецк")
  en  for a Ukrainian place, the official romanisation of its Ukrainian name where it differs from
      GeoNames' ("Mayors'k" is "Maiorsk"); for a Russian or Belarusian one, й after a vowel written
      i as English reports do ("Grayvoron" is "Graivoron")
  de  German (Duden) transliteration of the Cyrillic name where GeoNames has no German one
      ("Глушково" -> "Gluschkowo", "Грайворон" -> "Graiworon"), for a Ukrainian place also where
      GeoNames' differs ("Kyjiw" beside "Kyiw") and of GeoNames' Russian name ("Awdejewka")
  nl  Dutch transliteration where it is none of GeoNames' Latin names: of a Ukrainian place's
      Ukrainian name and of GeoNames' Russian one ("Charkiv", "Zaporizja" and "Zaporozje", "Tsjasiv
      Jar"), of a Russian or Belarusian place's Russian name ("Gloesjkovo", "Soedzja")
  fr  French transliteration, likewise ("Kharkov", "Zaporijia", "Tchassiv Iar", "Nikolaïev")

A spelling read back wrongly is no risk of a false match as long as it is no word, which
tools/placewords checks against the Debian word lists; a wrong one simply never matches.

Usage: spellings.py PLACES_TSV OUT_TSV
"""
import re
import sys

from places_tsv import rows as places_tsv_rows

COUNTRIES = {"UA", "RU", "BY"}

# Latin -> Ukrainian, longest first. "y" is handled apart: и after a consonant, й after a vowel.
UK_FROM_LATIN = [("shch", "щ"), ("zgh", "зг"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
                 ("yu", "ю"), ("ya", "я"), ("ye", "є"), ("yi", "ї"), ("iu", "ю"), ("ia", "я"), ("ie", "є"),
                 ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"), ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"),
                 ("i", "і"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
                 ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф")]
RU_FROM_LATIN = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
                 ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"),
                 ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
                 ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
                 ("t", "т"), ("u", "у"), ("f", "ф")]
VOWELS_LATIN = set("aeiouy")
APOSTROPHES = "'’ʹʼ`"

# Ukrainian -> Russian word endings, longest first; then the letters Russian lacks.
RU_ENDINGS = [("ське", "ское"), ("цьке", "цкое"), ("ська", "ская"), ("цька", "цкая"), ("ський", "ский"),
              ("цький", "цкий"), ("ськ", "ск"), ("цьк", "цк"), ("ївка", "евка"), ("івка", "овка"),
              ("ове", "ово"), ("еве", "ево"), ("єве", "ево"), ("ине", "ино"), ("ів", "ов")]
# Ordinal adjectives that name the parts of a village ("Новоселівка Перша").
RU_WORDS = {"перша": "первая", "друга": "вторая", "третя": "третья", "перше": "первое", "друге": "второе",
            "велика": "большая", "мала": "малая", "нова": "новая", "нове": "новое", "стара": "старая", "старе": "старое"}
RU_LETTERS = {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": ""}

GERMAN = {"а": "a", "б": "b", "в": "w", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "є": "je", "ж": "sch",
          "з": "s", "і": "i", "ї": "ji", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
          "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "",
          "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "'": ""}
VOWELS_CYRILLIC = set("аеёєиіїоуыэюя")


def read_back(word, table, russian):
    """One Latin word in Cyrillic; None when a letter is not understood."""
    out, i, lower = [], 0, word.lower()
    while i < len(lower):
        c = lower[i]
        previous = lower[i - 1] if i > 0 else ""
        if c in APOSTROPHES:
            # Before a vowel written with y/i it parts syllables (Kam'yans'ke), else it is a soft sign.
            following = lower[i + 1:i + 3]
            out.append("'" if not russian and following[:1] in ("y", "i") and following[1:2] in VOWELS_LATIN else "ь")
        elif not russian and lower.endswith("yi") and i == len(lower) - 2 and previous not in VOWELS_LATIN:
            out.append("ий")  # "Kryvyi": the 2010 romanisation writes ий as yi at the end
            i += 1
        elif c == "y" and not any(lower.startswith(latin, i) for latin, _ in table if latin.startswith("y")):
            # A lone y: й after a vowel or at the start, else и (Ukrainian) or ы (Russian).
            out.append("й" if previous in VOWELS_LATIN or not previous else ("ы" if russian else "и"))
        else:
            for latin, letters in table:
                if lower.startswith(latin, i):
                    # Russian writes э, not е, at the start of a word.
                    out.append("э" if russian and latin == "e" and i == 0 else letters)
                    i += len(latin) - 1
                    break
            else:
                return None
        i += 1
    text = "".join(out)
    return soften_russian(text) if russian else soften_ukrainian(text)


def soften_ukrainian(text):
    """Soft signs the romanisations drop: "-ськ", "-цьк", "-ець", "-поль"/"-піль", "л" before н, с, ц."""
    for tail in ("", "а", "е", "ий"):
        for hard, soft in (("ск", "ськ"), ("цк", "цьк")):
            if text.endswith(hard + tail) and not text.endswith(soft + tail):
                text = text[:len(text) - len(hard + tail)] + soft + tail
                break
    if text.endswith("ец"):
        text += "ь"
    if text.endswith(("ол", "іл", "ел")) and len(text) > 4:
        text += "ь"
    return re.sub(r"л(?=[нсц])", "ль", text)


def soften_russian(text):
    """Russian endings BGN/PCGN's simplified spellings leave ambiguous: "-тск" but "-ецк", "-льск", "-ский"."""
    if text.endswith("цк") and not text.endswith("ецк"):
        text = text[:-2] + "тск"
    text = re.sub(r"лск(?=$|ий|ая|ое)", "льск", text)
    for short, full in (("скы", "ский"), ("цкы", "цкий"), ("ны", "ный")):
        if text.endswith(short):
            return text[:-len(short)] + full
    return text


def cyrillic(name, russian):
    words = []
    for word in name.replace("-", " - ").split(" "):
        if word in ("-", ""):
            words.append(word)
            continue
        read = read_back(word, RU_FROM_LATIN if russian else UK_FROM_LATIN, russian)
        if read is None:
            return None
        words.append(read[:1].upper() + read[1:])
    return " ".join(words).replace(" - ", "-")


def russian_of_ukrainian(name):
    words = []
    for word in name.split(" "):
        lower = word.lower()
        if lower in RU_WORDS:
            words.append(RU_WORDS[lower].capitalize())
            continue
        for ukrainian, russian in RU_ENDINGS:
            if lower.endswith(ukrainian) and len(lower) > len(ukrainian) + 1:
                lower = lower[:-len(ukrainian)] + russian
                break
        lower = "".join(RU_LETTERS.get(c, c) for c in lower)
        words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


def german(name, ukrainian, russian_je=False):
    """The German (Duden) spelling of a Cyrillic name ("Глушково" -> "Gluschkowo"); None for another letter.

    With russian_je a Russian е is je at the start and after a vowel or soft sign ("Awdejewka" for
    Авдеевка), as Duden writes it; only the Russian names of Ukrainian towns use it so far, so that the
    spellings written for Russian and Belarusian towns stay as they were."""
    def letter(c, previous, following):
        if c == "й":
            return "i" if previous in VOWELS_CYRILLIC else "j"
        if c == "е" and russian_je and (not previous or previous in VOWELS_CYRILLIC or previous in "ьъ"):
            return "je"
        if c == "с":
            # One s between vowels reads as z in German: "Wessele" for Веселе.
            return "ss" if previous in VOWELS_CYRILLIC and following in VOWELS_CYRILLIC else "s"
        return by_language(c, ukrainian, GERMAN)
    return latin_of(name, letter)


# Dutch transliteration (the Taalunie convention Dutch reports follow: "Charkiv", "Loehansk",
# "Tsjernihiv") and French (the one of French reports: "Louhansk", "Tchernihiv", "Mykolaïv"), letters
# common to Ukrainian and Russian; г and и differ by language and are handled apart, as are the
# letters a neighbouring vowel changes.
DUTCH = {"а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "є": "je", "ж": "zj", "з": "z",
         "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
         "т": "t", "у": "oe", "ф": "f", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjtsj", "ъ": "", "ы": "y",
         "ь": "", "э": "e", "ю": "joe", "я": "ja", "'": "", "’": ""}
FRENCH = {"а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ё": "io", "є": "ie", "ж": "j", "з": "z",
          "і": "i", "ї": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
          "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y",
          "ь": "", "э": "e", "ю": "iou", "я": "ia", "'": "", "’": ""}


def by_language(c, ukrainian, table):
    """г and и, which Ukrainian and Russian say differently ("Luhansk", "Lugansk"), else the table's letter."""
    if c == "г":
        return "h" if ukrainian else "g"
    if c == "и":
        return "y" if ukrainian else "i"
    return table.get(c)


def dutch(name, ukrainian):
    """The Dutch spelling of a Cyrillic name ("Харків" -> "Charkiv", "Запоріжжя" -> "Zaporizja"); None for another letter."""
    def letter(c, previous, following):
        if c == "е" and not ukrainian and (not previous or previous in VOWELS_CYRILLIC or previous in "ьъ"):
            return "je"  # Russian е is je at the start and after a vowel: "Nikolajev"
        return by_language(c, ukrainian, DUTCH)
    # A doubled consonant written with two letters is written once, and its j before a j-vowel:
    # "Zaporizja", not "Zaporizjzjja"; "Zaporozje" for Запорожье.
    return latin_of(name, letter, ("zjzj", "zj"), ("jj", "j"))


def french(name, ukrainian):
    """The French spelling of a Cyrillic name ("Луганськ" -> "Louhansk", "Часів Яр" -> "Tchassiv Iar"); None for another letter."""
    def letter(c, previous, following):
        if c == "й":
            if not ukrainian and previous in "иы" and not following:
                return ""  # the Russian adjective's -ий, -ый is -i, -y: "Nijni", "Krasny"
            return "ï" if previous in VOWELS_CYRILLIC else "i"  # "Kryvyï Rih", "Haïssyn"; "Iossypivka"
        if c == "с" and previous in VOWELS_CYRILLIC and following in VOWELS_CYRILLIC:
            return "ss"  # one s between vowels reads as z in French: "Tchassiv Iar"
        if c == "ь" and following == "е":
            return "i"  # "Zaporojie" for Запорожье
        if c == "е" and not ukrainian and previous in "аоуэюя":
            return "ïe"  # "Nikolaïev" for Николаев
        return by_language(c, ukrainian, FRENCH)
    return latin_of(name, letter, ("jj", "j"))


def latin_of(name, letter, *merged):
    """A Cyrillic name letter by letter, words capitalised, a doubled letter written once; None for a letter not understood."""
    words = []
    for word in name.split(" "):
        parts = []
        for part in word.split("-"):
            out, lower = [], part.lower()
            for i, c in enumerate(lower):
                latin = letter(c, lower[i - 1] if i > 0 else "", lower[i + 1:i + 2])
                if latin is None:
                    return None
                out.append(latin)
            text = "".join(out)
            for pair in merged:
                text = text.replace(*pair)
            parts.append(text[:1].upper() + text[1:])
        words.append("-".join(parts))
    return " ".join(words)


# Ukraine's official romanisation (Cabinet of Ministers resolution 55 of 2010), which Ukrainian
# authorities and most English reports use ("Maiorsk", "Zaitseve") where GeoNames may keep BGN/PCGN
# ("Mayors'k"). The second form of a letter is the one at the start of a word.
KMU_2010 = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"), "ж": "zh", "з": "z",
            "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
            "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ь": "", "ю": ("iu", "yu"), "я": ("ia", "ya"), "'": "", "’": ""}


def official_latin(ukrainian):
    """The 2010 romanisation of a Ukrainian name ("Майорськ" -> "Maiorsk"); None when a letter is not Ukrainian."""
    words = []
    for word in ukrainian.split(" "):
        parts = []
        for part in word.split("-"):
            out, lower = [], part.lower().replace("зг", "зґг")  # зг is written zgh, apart from zh
            for i, c in enumerate(lower):
                letters = KMU_2010.get(c)
                if letters is None:
                    return None
                out.append(letters[1 if i == 0 else 0] if isinstance(letters, tuple) else letters)
            text = "".join(out).replace("zgg", "zgh")
            parts.append(text[:1].upper() + text[1:])
        words.append("-".join(parts))
    return " ".join(words)


def main(places_tsv, out_tsv):
    rows = 0
    with open(out_tsv, "w", encoding="utf-8") as out:
        out.write("# Spellings of Ukrainian, Russian and Belarusian places that GeoNames lacks, written by\n"
                  "# tools/geodata/spellings.py from geo/places.tsv (see there how). Do not edit.\n"
                  "# geonames_id\tlanguage\tname\n")
        for row in places_tsv_rows(places_tsv):
            country = row["country"]
            if country not in COUNTRIES or not row["name_en"]:
                continue
            ukrainian = country == "UA"
            written = []
            uk = row["name_uk"] if row["name_uk"] and not row["name_uk"].isascii() else None
            ru = row["name_ru"] if row["name_ru"] and not row["name_ru"].isascii() else None
            if ukrainian and uk is None:
                uk = cyrillic(row["name_en"], russian=False)
                if uk:
                    written.append(("uk", uk))
            if ru is None:
                ru = russian_of_ukrainian(uk) if ukrainian and uk else None if ukrainian else cyrillic(row["name_en"], russian=True)
                if ru:
                    written.append(("ru", ru))
            # Russian towns: English reports write й after a vowel as i before a consonant ("Graivoron" for Grayvoron).
            latin = official_latin(uk) if ukrainian and uk else re.sub(r"(?<=[aeou])y(?=[bcdfghjklmnpqrstvwxz])", "i", row["name_en"])
            if latin and latin not in (row["name_en"], row["name_de"], row["name_fr"], row["name_nl"], row["name_pl"]):
                written.append(("en", latin))
            # German: Duden's transliteration where GeoNames has no German name, and for a Ukrainian town
            # also where GeoNames keeps an older or looser one ("Kyjiw" beside GeoNames' "Kyiw").
            if not row["name_de"] or ukrainian:
                source = uk if ukrainian else ru
                spelled = german(source, ukrainian) if source else None
                if spelled and spelled not in (row["name_en"], row["name_de"]):
                    written.append(("de", spelled))
            known = {row["name_en"], row["name_de"], row["name_fr"], row["name_nl"], row["name_pl"]} | {name for _, name in written}
            for language, spell in (("nl", dutch), ("fr", french)):
                # From the Ukrainian name of a Ukrainian town and, where GeoNames has one, its Russian name
                # too, which reports of both languages long wrote ("Charkov", "Kharkov"); from the Russian
                # name of a Russian or Belarusian one.
                sources = [(uk, True), (row["name_ru"] if ru and row["name_ru"] == ru else None, False)] if ukrainian else [(ru, False)]
                for source, from_ukrainian in sources:
                    spelled = spell(source, from_ukrainian) if source else None
                    if spelled and spelled not in known:
                        written.append((language, spelled))
                        known.add(spelled)
            # For a Ukrainian town also the Duden spelling of GeoNames' Russian name, which German reports
            # long printed and many still do ("Awdejewka" beside "Awdijiwka"); after the Dutch and French
            # ones, which it must not hide where the letters agree.
            if ukrainian and ru and row["name_ru"] == ru:
                spelled = german(ru, False, russian_je=True)
                if spelled and spelled not in (row["name_en"], row["name_de"]) and ("de", spelled) not in written:
                    written.append(("de", spelled))
            for language, name in written:
                out.write(f"{row['geonames_id']}\t{language}\t{name}\n")
                rows += 1
    print(f"{rows} spellings", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
