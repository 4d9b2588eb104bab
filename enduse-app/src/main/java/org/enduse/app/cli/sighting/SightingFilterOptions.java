package org.enduse.app.cli.sighting;

import org.enduse.app.cli.OptionValue;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.PartialDate;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.sighting.Verification;
import picocli.CommandLine.Option;

/** The filters shared by list and export. */
public final class SightingFilterOptions {
    @Option(names = "--holder", paramLabel = "ACTOR", description = "Only sightings with this holder (actor id, or text in the holder's name).")
    String holder;
    @Option(names = "--country", paramLabel = "CC", description = "Only sightings in this country (ISO code).")
    String country;
    @Option(names = "--equipment", paramLabel = "TEXT", description = "Only sightings of this catalog type, or whose description contains TEXT.")
    String equipment;
    @Option(names = "--status", paramLabel = "STATUS", description = "in_use, captured, destroyed, damaged, abandoned or seized.")
    String status;
    @Option(names = "--verification", paramLabel = "LEVEL", description = "Only sightings verified at least this far: "
            + "unverified, geolocated, corroborated or confirmed.")
    String verification;
    @Option(names = "--since", paramLabel = "DATE", description = "Only sightings observed on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; "
            + "undated sightings are left out).")
    String since;

    SightingQuery query() {
        return new SightingQuery(holder, OptionValue.of("--country", () -> CountryCode.ofNullable(country)), equipment,
                Enums.parse(SightingStatus.class, status, "--status"), Enums.parse(Verification.class, verification, "--verification"),
                OptionValue.of("--since", () -> PartialDate.parseNullable(since)));
    }
}
