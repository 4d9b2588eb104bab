package org.enduse.app.cli.geo;

import java.util.concurrent.Callable;
import org.enduse.core.geo.GeoData;
import org.enduse.core.geo.GeoMath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Tells the country, region and nearest place of a point. */
@Command(name = "where", mixinStandardHelpOptions = true,
        description = "Tell the country and region a point lies in (internationally recognised borders) and the nearest place.",
        footer = {"", "Examples:", "  enduse geo where 50.60 36.59      # Belgorod", "  enduse geo where 44.95 34.10      # Simferopol, Crimea: Ukraine",
                "  enduse geo where -- -16.8 179.9   # negative values after --"})
public final class GeoWhereCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAT", description = "Latitude in degrees, -90..90.")
    double lat;

    @Parameters(index = "1", paramLabel = "LON", description = "Longitude in degrees, -180..180.")
    double lon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeoMath.checkCoordinates(lat, lon);
        var geo = GeoData.get();
        var out = spec.commandLine().getOut();
        var where = geo.recognised().locate(lat, lon);
        if (where.isEmpty()) {
            out.println("country: none (at sea or outside the boundary data)");
        } else {
            var w = where.get();
            out.printf("country: %s (%s)%nregion:  %s (%s)%n", w.country(), new java.util.Locale("", w.country()).getDisplayCountry(java.util.Locale.ENGLISH),
                    w.regionName(), w.regionCode());
            out.printf("border:  %.1f km from the edge of %s%n", geo.recognised().distanceToBoundaryKm(w.country(), lat, lon), w.country());
        }
        geo.gazetteer().nearest(lat, lon).ifPresentOrElse(
                n -> out.printf("nearest: %s, %s (%.1f km)%n", n.entry().name(), n.entry().country(), n.distanceKm()),
                () -> out.println("nearest: no populated place within 200 km"));
        out.println("layer:   internationally recognised borders (Natural Earth admin-1; Crimea and Sevastopol are Ukraine)");
        return 0;
    }
}
