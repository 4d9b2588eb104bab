package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enduse.core.geo.GazetteerEntry;

/**
 * The spellings of the theatre's towns that GeoNames lacks, written by tools/geodata/spellings.py
 * into geo/place-spellings.tsv: Ukrainian and Russian names read back from the Latin one ("Toretsk"
 * is "Торецьк" and "Торецк", "Rozivka" "Розівка" and "Розовка") and German, Dutch and French transliterations
 * ("Gluschkowo"). Front-line reports name exactly these small towns.
 */
final class WrittenSpellings {
    /** One spelling of a gazetteer entry: its language and the name as written. */
    record Spelling(String language, String text) {}

    private WrittenSpellings() {}

    /** Spellings by gazetteer id ("gn:" and the GeoNames id). */
    static Map<String, List<Spelling>> read(String resource) {
        Map<String, List<Spelling>> byId = new HashMap<>();
        TsvResource.forEachRow(resource, ": run tools/geodata/spellings.py", (number, line) -> {
            String[] f = line.split("\t", -1);
            if (f.length != 3) throw new IllegalStateException(resource + " line " + number + ": expected 3 tab-separated fields, found " + f.length);
            byId.computeIfAbsent(GazetteerEntry.PLACE_PREFIX + f[0], k -> new ArrayList<>(2)).add(new Spelling(f[1], f[2]));
        });
        return byId;
    }
}
