package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.enduse.app.web.Access;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.geo.PolygonTerritory;

/** Country and region outlines for the map, from the bundled geodata (internationally recognised borders). */
public final class GeoRoutes implements WebModule {
    private static final int MAX_CODES = 40;

    /** A GeoJSON FeatureCollection of outlines; each feature's properties give its code and level. */
    public record Areas(String type, List<Map<String, Object>> features) {}

    private final AreaShapes shapes;

    public GeoRoutes(PolygonTerritory territory) {
        this.shapes = new AreaShapes(territory);
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.api(HandlerType.GET, "/api/geo/areas").access(Access.SIGNED_IN)
                .doc("areas", "geo", "Simplified outlines (GeoJSON) of countries and regions, from the bundled geodata")
                .query("codes", "comma-separated ISO 3166-1 alpha-2 country or ISO 3166-2 region codes (at most " + MAX_CODES + ")")
                .query("level", "country (default): each code's own outline; region: the regions of each country code")
                .returns(Areas.class).handle(call -> {
                    String codes = call.query("codes");
                    if (codes == null) throw InvalidInputException.field("codes", "is required, e.g. UA,RU or UA-43");
                    var wanted = new LinkedHashSet<String>();
                    for (String c : codes.split(",")) {
                        String code = c.strip().toUpperCase(java.util.Locale.ROOT);
                        if (!code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) throw InvalidInputException.field("codes", "'" + c.strip() + "' is not an ISO 3166 code");
                        wanted.add(code);
                    }
                    if (wanted.size() > MAX_CODES) throw InvalidInputException.field("codes", "names more than " + MAX_CODES + " areas");
                    String level = call.query("level") == null ? "country" : call.query("level");
                    if (!level.equals("country") && !level.equals("region")) throw InvalidInputException.field("level", "'" + level + "' is not country or region");
                    List<Map<String, Object>> features = new ArrayList<>();
                    for (String code : wanted) {
                        List<String> areas = level.equals("region") && code.length() == 2 ? shapes.regionsOf(code) : List.of(code);
                        for (String area : areas) {
                            var shape = shapes.of(area);
                            if (shape != null) features.add(Map.of("type", "Feature", "geometry", shape,
                                    "properties", Map.of("code", area, "level", area.length() == 2 ? "country" : "region")));
                        }
                    }
                    call.json(new Areas("FeatureCollection", features));
                }));
    }
}
