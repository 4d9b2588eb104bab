package org.enduse.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.catalog.Actor;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.catalog.EquipmentCategory;
import org.enduse.core.catalog.EquipmentDirectory;
import org.enduse.core.catalog.EquipmentType;
import org.enduse.core.common.CountryCode;
import org.enduse.core.geo.Territory;

/**
 * A made-up world for the benchmark: real country codes, but each recipient's territory is a
 * 3 x 3 degree square on a grid (nothing here is geography), a catalog of families of variants,
 * and each recipient's armed force with its units. Lookups are O(1), so the benchmark measures
 * the engine, not the geometry; the real polygons cost about a microsecond per lookup on top.
 */
final class SyntheticWorld implements EquipmentDirectory, ActorDirectory, Territory {
    static final String[] DONORS = {"US", "GB", "DE", "FR", "PL", "BE", "NL", "CZ", "SK", "NO", "DK", "SE", "FI", "EE", "LV",
            "LT", "CA", "AU", "IT", "ES", "PT", "RO", "BG", "HR", "SI", "GR", "TR", "JP", "KR", "CH"};
    static final String[] RECIPIENTS = {"UA", "MD", "GE", "AM", "JO", "EG", "IQ", "LB", "TN", "MA", "KE", "NG", "GH", "SN",
            "ML", "NE", "TD", "SO", "ET", "PH"};
    static final int FAMILIES = 400;
    static final int VARIANTS = 4;
    static final int UNITS_PER_FORCE = 10;
    static final int ARMED_GROUPS = 50;

    private final Map<String, EquipmentType> types = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    final List<String> typeIds = new ArrayList<>();

    SyntheticWorld() {
        for (int f = 0; f < FAMILIES; f++) {
            String family = "fam" + f;
            CountryCode origin = CountryCode.of(DONORS[f % DONORS.length]);
            types.put(family, new EquipmentType(family, "Family " + f, family, null, null, origin, EquipmentCategory.OTHER, Map.of(), List.of()));
            typeIds.add(family);
            for (int v = 0; v < VARIANTS; v++) {
                String id = family + "-v" + v;
                types.put(id, new EquipmentType(id, "Family " + f + " variant " + v, family, family, null, origin, EquipmentCategory.OTHER, Map.of(), List.of()));
                typeIds.add(id);
            }
        }
        for (String c : concat(DONORS, RECIPIENTS)) {
            actors.put(c, new Actor(c, ActorKind.STATE, c, CountryCode.of(c), null, List.of()));
            actors.put(force(c), new Actor(force(c), ActorKind.ARMED_FORCE, c + " forces", CountryCode.of(c), c, List.of()));
            for (int u = 0; u < UNITS_PER_FORCE; u++) {
                actors.put(unit(c, u), new Actor(unit(c, u), ActorKind.UNIT, c + " unit " + u, CountryCode.of(c), force(c), List.of()));
            }
        }
        for (int g = 0; g < ARMED_GROUPS; g++) actors.put(group(g), new Actor(group(g), ActorKind.ARMED_GROUP, "Group " + g, null, null, List.of()));
    }

    static String force(String country) {
        return country.toLowerCase() + "-af";
    }

    static String unit(String country, int u) {
        return country.toLowerCase() + "-unit-" + u;
    }

    static String group(int g) {
        return "group-" + g;
    }

    /** The south-west corner of recipient {@code i}'s square: five squares a row, 4 degrees apart. */
    static double[] corner(int recipient) {
        return new double[]{-40 + 4 * (recipient / 5), 4 * (recipient % 5)};
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public Optional<EquipmentType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    @Override
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    @Override
    public Optional<Location> locate(double lat, double lon) {
        for (int i = 0; i < RECIPIENTS.length; i++) if (inSquare(i, lat, lon)) return Optional.of(new Location(RECIPIENTS[i], null, null));
        return Optional.empty();
    }

    @Override
    public boolean contains(String areaCode, double lat, double lon) {
        int i = recipientIndex(areaCode);
        return i >= 0 && inSquare(i, lat, lon);
    }

    @Override
    public double distanceToBoundaryKm(String areaCode, double lat, double lon) {
        int i = recipientIndex(areaCode);
        if (i < 0) return Double.NaN;
        double[] c = corner(i);
        double dLat = inSquare(i, lat, lon) ? Math.min(lat - c[0], c[0] + 3 - lat) : Math.max(Math.max(c[0] - lat, lat - c[0] - 3), 0);
        double dLon = inSquare(i, lat, lon) ? Math.min(lon - c[1], c[1] + 3 - lon) : Math.max(Math.max(c[1] - lon, lon - c[1] - 3), 0);
        double km = inSquare(i, lat, lon) ? Math.min(dLat * 111, dLon * 111 * Math.cos(Math.toRadians(lat))) : Math.hypot(dLat * 111, dLon * 111 * Math.cos(Math.toRadians(lat)));
        return km;
    }

    private static boolean inSquare(int i, double lat, double lon) {
        double[] c = corner(i);
        return lat >= c[0] && lat <= c[0] + 3 && lon >= c[1] && lon <= c[1] + 3;
    }

    private static int recipientIndex(String code) {
        for (int i = 0; i < RECIPIENTS.length; i++) if (RECIPIENTS[i].equals(code)) return i;
        return -1;
    }
}
