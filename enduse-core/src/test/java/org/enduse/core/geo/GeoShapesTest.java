package org.enduse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The bundled shape files as tools/geodata writes them: every polygon valid (the loader uses them
 * without repair), every region of the gazetteer with a shape, and sizes that stay compact.
 */
class GeoShapesTest {
    private static Map<String, Geometry> read(String name) throws Exception {
        try (InputStream in = GeoShapesTest.class.getResourceAsStream("/geo/" + name)) {
            return RegionShapes.read(in, new GeometryFactory());
        }
    }

    @Test
    void everyRegionAndSeaPolygonIsValid() throws Exception {
        List<String> invalid = new ArrayList<>();
        Map<String, Geometry> regions = read("region-shapes.txt.gz");
        Map<String, Geometry> seas = read("sea-shapes.txt.gz");
        regions.forEach((code, g) -> { if (!g.isValid()) invalid.add(code); });
        seas.forEach((code, g) -> { if (!g.isValid()) invalid.add("sea " + code); });
        assertThat(invalid).isEmpty();
        assertThat(regions).hasSizeGreaterThan(4000);
        assertThat(seas).containsKeys("UA", "RU", "BE", "FJ").hasSizeGreaterThan(200);
    }

    @Test
    void everyGazetteerRegionHasAShapeAndTheVertexBudgetHolds() throws Exception {
        Map<String, Geometry> regions = read("region-shapes.txt.gz");
        assertThat(GeoData.get().gazetteer().entries(GazetteerEntry.Kind.REGION).map(GazetteerEntry::id))
                .allMatch(regions::containsKey);
        long vertices = regions.values().stream().mapToLong(Geometry::getNumPoints).sum();
        // Natural Earth 10m has 1.29 million; simplified to within 0.7 km about half remain.
        assertThat(vertices).isBetween(300_000L, 800_000L);
    }
}
