package org.enduse.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.enduse.core.common.CountryCode;
import org.enduse.core.geo.BoundingBox;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map's box query (GET /api/sightings?bbox=) is answered from an index: whatever the box, it
 * must find exactly the sightings a plain comparison of coordinates finds, on its edges, south of
 * the equator, and for a box as large as the map.
 */
class SightingBoxTest {
    @TempDir
    Path dir;

    @Test
    void aBoxFindsExactlyTheSightingsInsideIt() {
        Random random = new Random(7);
        List<Sighting> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) all.add(at("r" + i, -60 + random.nextDouble() * 120, -20 + random.nextDouble() * 80));
        // On and just beside the edges of the boxes below, on both sides of the equator.
        for (double lat : new double[] {50.0, 49.999999, 50.25, -33.75, -33.750001, 0.0, -0.0000001}) all.add(at("edge" + all.size(), lat, 30.0));
        try (var store = SqliteStore.open(dir)) {
            store.write("alice", repos -> {
                all.forEach(repos.sightings()::save);
                return null;
            });
            List<BoundingBox> boxes = new ArrayList<>(List.of(new BoundingBox(29.5, 49.999999, 30.5, 50.0), new BoundingBox(29, -33.75, 31, -33.75),
                    new BoundingBox(29, -0.5, 31, 0), new BoundingBox(-20, -89, 60, 89), new BoundingBox(-20, -16.1, 60, 0.2)));
            for (int i = 0; i < 40; i++) {
                double lat = -60 + random.nextDouble() * 110, lon = -20 + random.nextDouble() * 70;
                boxes.add(new BoundingBox(lon, lat, lon + random.nextDouble() * 10, lat + random.nextDouble() * 10));
            }
            for (BoundingBox box : boxes) {
                var page = store.read(r -> r.sightings().page(new SightingListing(null, box, "local", null, 0, SightingListing.MAX_LIMIT)));
                var expected = all.stream().filter(s -> inside(s, box)).map(Sighting::id).sorted().toList();
                assertThat(page.items()).as("box %s", box).extracting(Sighting::id).containsExactlyElementsOf(expected);
                assertThat(page.total()).isEqualTo(expected.size());
            }
        }
    }

    private static boolean inside(Sighting s, BoundingBox b) {
        Place p = s.place();
        return p.lat() >= b.minLat() && p.lat() <= b.maxLat() && p.lon() >= b.minLon() && p.lon() <= b.maxLon();
    }

    private static Sighting at(String id, double lat, double lon) {
        Sighting sample = Samples.sighting(id);
        return new Sighting(id, sample.equipment(), sample.quantity(), sample.markings(), sample.serials(),
                new Place(null, CountryCode.of("UA"), null, lat, lon, GeoPrecision.EXACT), sample.observed(), sample.holder(), sample.status(),
                sample.verification(), List.of(), null);
    }
}
