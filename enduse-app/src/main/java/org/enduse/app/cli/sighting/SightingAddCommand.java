package org.enduse.app.cli.sighting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.enduse.app.cli.OptionValue;
import org.enduse.app.cli.RecordCommands;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.Ids;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.sighting.Verification;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Record one sighting.",
        footer = {"", "Examples:",
                "  enduse sightings add --equipment fn-scar-l --quantity 2 --observed 2023-05-22 --place Kozinka --country RU \\",
                "      --region RU-BEL --lat 50.45 --lon 36.89 --holder rdk --serial FN150 --source src_01H... --verification geolocated",
                "  enduse sightings add --description 'MaxxPro MRAP' --country RU --holder-name 'Freedom of Russia Legion'"})
public final class SightingAddCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Option(names = "--id", description = "The sighting id (default: a new si_... id).")
    String id;
    @Option(names = "--equipment", paramLabel = "TYPE", description = "Catalog type id, e.g. fn-scar-l.")
    String equipment;
    @Option(names = "--description", description = "The equipment as the source describes it.")
    String description;
    @Option(names = "--quantity", paramLabel = "N", description = "How many were seen (default: 1).")
    BigDecimal quantity;
    @Option(names = "--unit", description = "items, rounds, tonnes, litres, sets or persons (default: items).")
    String unit;
    @Option(names = "--marking", description = "A marking seen on it; repeat.")
    List<String> markings = new ArrayList<>();
    @Option(names = "--serial", description = "A serial read off it; repeat.")
    List<String> serials = new ArrayList<>();
    @Option(names = "--place", description = "Place name.")
    String place;
    @Option(names = "--country", paramLabel = "CC", description = "Country where it was seen.")
    String country;
    @Option(names = "--region", paramLabel = "ISO3166-2", description = "Region, e.g. RU-BEL.")
    String region;
    @Option(names = "--lat", description = "Latitude (WGS84).")
    Double lat;
    @Option(names = "--lon", description = "Longitude (WGS84).")
    Double lon;
    @Option(names = "--geo-precision", description = "exact, settlement, district, region, country or unknown.")
    String geoPrecision;
    @Option(names = "--observed", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String observed;
    @Option(names = "--holder", paramLabel = "ACTOR", description = "Holder's catalog actor id, e.g. rdk.")
    String holder;
    @Option(names = "--holder-name", description = "Holder's name as the source gives it.")
    String holderName;
    @Option(names = "--status", description = "in_use, captured, destroyed, damaged, abandoned or seized (default: in_use).")
    String status;
    @Option(names = "--verification", description = "unverified, geolocated, corroborated or confirmed (default: unverified).")
    String verification;
    @Option(names = "--source", paramLabel = "ID", description = "A source id the sighting rests on; repeat.")
    List<String> sources = new ArrayList<>();
    @Option(names = "--note")
    String note;

    @Override
    public void run() {
        String sightingId = id != null ? id : Ids.next("si");
        var countryCode = OptionValue.of("--country", () -> CountryCode.ofNullable(country));
        var observedDate = OptionValue.of("--observed", () -> PartialDate.parseNullable(observed));
        var sighting = new Sighting(sightingId, new EquipmentRef(equipment, description),
                quantity == null ? null : new Quantity(quantity, QuantityUnit.parse(unit)), markings, serials,
                new Place(place, countryCode, region, lat, lon, Enums.parse(GeoPrecision.class, geoPrecision, "geo precision")),
                observedDate, holder == null && holderName == null ? null : new ActorRef(holder, holderName),
                Enums.parse(SightingStatus.class, status, "status"), Enums.parse(Verification.class, verification, "verification"), sources, note);
        RecordCommands.addNew(spec, "sighting", sightingId, repos -> repos.sightings().exists(sightingId), repos -> repos.sightings().save(sighting));
    }
}
