package org.enduse.app.cli.geo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.geo.Gazetteer;
import org.enduse.core.geo.GeoData;
import org.enduse.core.geo.GeoMath;
import org.enduse.core.geo.PolygonTerritory;
import org.enduse.core.geo.Territory;
import org.enduse.core.geo.TerritoryLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Tells the country, region and nearest place of a point, in the layer asked for. */
@Command(name = "where", mixinStandardHelpOptions = true,
        description = "Tell the country and region a point lies in, how far it is from the country's edge, and the nearest place.",
        footer = {"", "Layers:",
                "  recognised  internationally recognised borders: Crimea and Sevastopol",
                "              are Ukraine (the default)",
                "  occupation  control on the ground where registry data has it: Crimea and",
                "              Sevastopol under Russian occupation since 2014; no data for",
                "              Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts",
                "", "Examples:",
                "  enduse geo where 50.60 36.59                     # Belgorod, Russia",
                "  enduse geo where 44.95 34.10                     # Simferopol: Ukraine",
                "  enduse geo where --layer occupation 44.95 34.10  # Simferopol: occupied",
                "  enduse geo where -16.8 179.9                     # Fiji, by the antimeridian",
                "", "Latitude must lie in -90..90 and longitude in -180..180 (else exit code 2)."})
public final class GeoWhereCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAT", description = "Latitude in degrees, -90..90.")
    double lat;

    @Parameters(index = "1", paramLabel = "LON", description = "Longitude in degrees, -180..180.")
    double lon;

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "recognised",
            description = "recognised or occupation (default ${DEFAULT-VALUE}).")
    String layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeoMath.checkCoordinates(lat, lon);
        TerritoryLayer chosen = TerritoryLayer.parse(layer);
        GeoData geo = GeoData.get();
        PolygonTerritory territory = geo.territory(chosen);
        PrintWriter out = spec.commandLine().getOut();
        territory.locate(lat, lon).ifPresentOrElse(w -> printLocation(out, territory, w), () -> {
            // Say why there is no answer: the layer lacks data for a region, or the point is at sea.
            var recognised = geo.recognised().locate(lat, lon);
            if (recognised.isPresent() && recognised.get().regionCode() != null) {
                out.printf("country: no data in this layer for %s (%s)%n", recognised.get().regionName(), recognised.get().regionCode());
            } else {
                out.println("country: none (open sea, or outside the boundary data)");
            }
        });
        geo.gazetteer().nearest(lat, lon).ifPresentOrElse(
                n -> out.printf(Locale.ROOT, "nearest: %s, %s%s (%.1f km)%n", n.entry().name(),
                        n.entry().regionCode() != null ? n.entry().regionCode() + ", " : "", n.entry().country(), n.distanceKm()),
                () -> out.println("nearest: no populated place within " + (int) Gazetteer.NEAREST_MAX_KM + " km"));
        out.println("layer:   " + chosen.id() + ": " + chosen.description());
        return ExitCodes.OK;
    }

    private void printLocation(PrintWriter out, PolygonTerritory territory, Territory.Location w) {
        out.printf("country: %s (%s)%n", w.country(), Locale.of("", w.country()).getDisplayCountry(Locale.ENGLISH));
        out.printf("region:  %s%n", w.regionCode() == null ? "none (territorial sea)" : w.regionName() + " (" + w.regionCode() + ")");
        out.printf(Locale.ROOT, "border:  %.1f km from the edge of %s's land%n", territory.distanceToBoundaryKm(w.country(), lat, lon), w.country());
    }
}
