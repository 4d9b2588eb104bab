package org.enduse.app.cli.sighting;

import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.sighting.SightingStatus;
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

    SightingQuery query() {
        return new SightingQuery(holder, CountryCode.ofNullable(country), equipment, Enums.parse(SightingStatus.class, status, "--status"));
    }
}
