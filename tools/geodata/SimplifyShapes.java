import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplifies the full-resolution shapes written by build.py and encodes them for enduse-core's
 * RegionShapes reader. Regions are simplified as one coverage (JTS CoverageSimplifier), so a border
 * shared by two regions is simplified once and stays shared: no gaps or overlaps appear between
 * neighbours. Territorial seas are simplified one country at a time.
 *
 * <p>Usage: java -cp jts-core.jar SimplifyShapes.java WORK_DIR OUT_DIR TOLERANCE_DEGREES
 *
 * <p>Output format, one area per line: code TAB polygons separated by '|', rings by ';', each ring
 * "dx,dy" pairs in 1e-5 degrees, delta-encoded along the ring.
 */
public final class SimplifyShapes {
    private static final double SCALE = 100_000.0;
    private static final double KM_PER_DEGREE = 111.32;
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final PrecisionModel GRID = new PrecisionModel(SCALE);

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double tolerance = Double.parseDouble(args[2]);

        Map<String, Geometry> regions = read(work.resolve("regions.wkt"));
        Geometry[] original = regions.values().toArray(Geometry[]::new);
        Geometry[] simplified = new Geometry[original.length];
        for (int i = 0; i < original.length; i++) simplified[i] = onGrid(TopologyPreservingSimplifier.simplify(original[i], tolerance));
        report("regions", List.copyOf(regions.keySet()), original, simplified);
        write(out.resolve("region-shapes.txt.gz"), List.copyOf(regions.keySet()), simplified);

        Map<String, String> alpha2 = alpha2ByAlpha3();
        List<String> codes = new ArrayList<>();
        List<Geometry> seas = new ArrayList<>();
        List<Geometry> seasOriginal = new ArrayList<>();
        read(work.resolve("seas.wkt")).forEach((a3, shape) -> {
            String a2 = alpha2.get(a3);
            if (a2 == null) {
                System.out.println("seas: skipped " + a3 + " (no ISO 3166-1 alpha-2 code)");
                return;
            }
            codes.add(a2);
            seasOriginal.add(shape);
            seas.add(onGrid(TopologyPreservingSimplifier.simplify(shape, tolerance)));
        });
        report("seas", codes, seasOriginal.toArray(Geometry[]::new), seas.toArray(Geometry[]::new));
        write(out.resolve("sea-shapes.txt.gz"), codes, seas.toArray(Geometry[]::new));
    }

    /**
     * Snaps to the 1e-5 degree grid of the output format and keeps the result valid, so enduse can
     * load the shapes without checking or repairing them.
     */
    private static Geometry onGrid(Geometry g) {
        return GeometryPrecisionReducer.reduce(g, GRID);
    }

    private static Map<String, Geometry> read(Path wkt) throws IOException, ParseException {
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        WKTReader reader = new WKTReader(FACTORY);
        try (BufferedReader in = Files.newBufferedReader(wkt, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                Geometry g = reader.read(line.substring(tab + 1));
                // A few source polygons touch themselves; buffer(0) is the standard repair.
                shapes.put(line.substring(0, tab), g.isValid() ? g : g.buffer(0));
            }
        }
        return shapes;
    }

    /** Vertex counts and the largest distance of an original vertex from the simplified outline. */
    private static void report(String what, List<String> codes, Geometry[] original, Geometry[] simplified) {
        long before = 0, after = 0;
        double worstKm = 0;
        String worst = "";
        int invalid = 0;
        for (int i = 0; i < original.length; i++) {
            before += original[i].getNumPoints();
            after += simplified[i].getNumPoints();
            if (!simplified[i].isValid()) invalid++;
            var distance = new IndexedFacetDistance(simplified[i].getBoundary());
            for (Coordinate c : original[i].getCoordinates()) {
                double km = distance.distance(FACTORY.createPoint(c)) * KM_PER_DEGREE;
                if (km > worstKm) {
                    worstKm = km;
                    worst = codes.get(i);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d areas, %d -> %d vertices, largest shift of an original vertex %.2f km (%s), %d invalid after simplifying%n",
                what, original.length, before, after, worstKm, worst, invalid);
    }

    private static void write(Path file, List<String> codes, Geometry[] shapes) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {{ def.setLevel(9); }},
                StandardCharsets.UTF_8)) {
            for (int i = 0; i < shapes.length; i++) {
                List<String> polygons = new ArrayList<>();
                for (int p = 0; p < shapes[i].getNumGeometries(); p++) {
                    if (!(shapes[i].getGeometryN(p) instanceof Polygon polygon)) continue;
                    if (polygon.isEmpty()) continue;
                    List<String> rings = new ArrayList<>();
                    rings.add(encode(polygon.getExteriorRing().getCoordinates()));
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) rings.add(encode(polygon.getInteriorRingN(h).getCoordinates()));
                    polygons.add(String.join(";", rings));
                }
                if (!polygons.isEmpty()) w.write(codes.get(i) + "\t" + String.join("|", polygons) + "\n");
            }
        }
    }

    private static String encode(Coordinate[] ring) {
        StringBuilder out = new StringBuilder();
        long prevX = 0, prevY = 0;
        for (Coordinate c : ring) {
            long x = Math.round(c.x * SCALE), y = Math.round(c.y * SCALE);
            if (out.length() > 0 && x == prevX && y == prevY) continue;
            if (out.length() > 0) out.append(' ');
            out.append(x - prevX).append(',').append(y - prevY);
            prevX = x;
            prevY = y;
        }
        return out.toString();
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> map = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) map.put(Locale.of("", a2).getISO3Country(), a2);
        map.put("XKX", "XK"); // Kosovo: user-assigned code that the JDK does not list
        return map;
    }
}
