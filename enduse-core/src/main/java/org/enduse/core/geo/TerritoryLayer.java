package org.enduse.core.geo;

import java.util.Locale;
import java.util.Set;
import org.enduse.core.common.InvalidInputException;

/**
 * Which country a region is attributed to. The same polygons serve every layer; docs/geography.md
 * says what each layer shows, its sources and its date.
 */
public enum TerritoryLayer {
    /** Internationally recognised borders (UN GA resolution 68/262): Crimea, Sevastopol and the occupied regions are Ukraine. */
    RECOGNISED("internationally recognised borders (Natural Earth admin-1; Crimea and Sevastopol are Ukraine)", Set.of()),
    /**
     * Control on the ground where a registry dataset records it: Natural Earth's de facto view, which
     * shows Crimea and Sevastopol under Russian occupation (since 2014). No registry dataset has the
     * line of the areas occupied in Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts, so points
     * there are "no data" (an empty answer), never guessed either way.
     */
    OCCUPATION("control on the ground: Crimea and Sevastopol under Russian occupation since 2014 (Natural Earth de facto);"
            + " no line data for Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts", Set.of("UA-14", "UA-09", "UA-23", "UA-65"));

    private final String description;
    private final Set<String> regionsWithoutData;

    TerritoryLayer(String description, Set<String> regionsWithoutData) {
        this.description = description;
        this.regionsWithoutData = regionsWithoutData;
    }

    /** The lower-case name used on the command line ("recognised", "occupation"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /**
     * The country a region is attributed to in this layer, or null when the layer has no data for
     * it. {@code recognised} and {@code deFacto} are the two countries the region file records.
     */
    String countryOf(String regionCode, String recognised, String deFacto) {
        if (regionsWithoutData.contains(regionCode)) return null;
        return this == RECOGNISED ? recognised : deFacto;
    }

    /** Parses a layer name as given by a user, naming the accepted values when it is unknown. */
    public static TerritoryLayer parse(String name) {
        for (TerritoryLayer layer : values()) if (layer.id().equalsIgnoreCase(name == null ? "" : name.strip())) return layer;
        throw InvalidInputException.field("layer", "unknown territory layer '" + name + "' (expected recognised or occupation)");
    }
}
