package org.enduse.core.extract;

import java.util.Locale;
import org.enduse.core.catalog.ActorKind;

/**
 * One surface form a dictionary knows: "Бельгії" or "Belgian" for Belgium, "SCAR-L" for a rifle.
 *
 * @param surface   the form as written in the text (any case; inflected forms may be listed or left to stemming)
 * @param language  ISO 639-1 code of the form, or "xx" for language-neutral designations ("M1224")
 * @param id        the entry it resolves to: a catalog id ("fn-scar-l"), a place id, or a country code
 * @param kind      what the entry is
 * @param canonical the entry's canonical name for output ("FN SCAR-L"); the surface when null
 * @param country   ISO 3166-1 alpha-2 of the entry: the country itself, a place's country, an
 *                  organisation's or person's country, equipment's country of origin; null if unknown
 * @param actorKind for organisations, what kind of actor (armed group, media outlet...) when known:
 *                  events use it to tell a holder from a newspaper or a manufacturer; else null
 * @param guarded   an equipment form that is also a common word ("Hawk"): it names the entry only right
 *                  before an item noun ("Hawk launchers"), as {@link NameMatcher} checks
 */
public record Name(String surface, String language, String id, NameKind kind, String canonical, String country, ActorKind actorKind,
                   boolean guarded) {
    public Name {
        if (surface == null || surface.isBlank()) throw new IllegalArgumentException("a name needs a surface form");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("name '" + surface + "' needs an entry id");
        if (kind == null) throw new IllegalArgumentException("name '" + surface + "' needs a kind");
        surface = surface.strip();
        language = language == null || language.isBlank() ? "xx" : language.strip().toLowerCase(Locale.ROOT);
        canonical = canonical == null || canonical.isBlank() ? surface : canonical.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public Name(String surface, String language, String id, NameKind kind, String canonical, String country) {
        this(surface, language, id, kind, canonical, country, null, false);
    }

    public Name(String surface, String language, String id, NameKind kind, String canonical, String country, ActorKind actorKind) {
        this(surface, language, id, kind, canonical, country, actorKind, false);
    }

}
