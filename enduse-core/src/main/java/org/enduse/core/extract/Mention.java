package org.enduse.core.extract;

import java.math.BigDecimal;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.common.PartialDate;

/**
 * Something the text names, with the exact characters it rests on ([start, end) into the
 * extracted text) and how sure we are.
 *
 * @param kind       what is named
 * @param text       the words as written
 * @param id         the dictionary entry it resolves to (catalog id, place id, country code), or null
 * @param name       the canonical name (entry name, role-qualified person name), or null
 * @param code       ISO 3166-1 alpha-2 for countries, else null
 * @param country    the country of the entry (a place's, an organisation's, equipment's origin), or null
 * @param amount     the value of a quantity or money mention, else null
 * @param unit       a quantity's unit (items, tonnes, litres, rounds, persons), else null
 * @param currency   ISO 4217 for money, else null
 * @param item       what a quantity counts, as written ("automatic weapons"), else null
 * @param date       the date a date mention means, else null
 * @param role       a person's role ("prime minister"), else null
 * @param confidence 0..1
 * @param actorKind  for organisations, the kind of actor when the dictionary knows it, else null
 */
public record Mention(MentionKind kind, String text, int start, int end, String id, String name, String code, String country,
                      BigDecimal amount, String unit, String currency, String item, PartialDate date, String role, double confidence,
                      ActorKind actorKind) {
    public Mention {
        if (kind == null || text == null) throw new IllegalArgumentException("a mention needs a kind and text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    Mention(MentionKind kind, String text, int start, int end, String id, String name, String code, String country,
            BigDecimal amount, String unit, String currency, String item, PartialDate date, String role, double confidence) {
        this(kind, text, start, end, id, name, code, country, amount, unit, currency, item, date, role, confidence, null);
    }

    /** True for a count of people ("35 pilots"), which several readers tell apart from counted goods. */
    public boolean countsPersons() {
        return kind == MentionKind.QUANTITY && "persons".equals(unit);
    }

    /** True for a count of anything but people: goods, rounds, tonnes. */
    public boolean countsGoods() {
        return kind == MentionKind.QUANTITY && !"persons".equals(unit);
    }

    /** True for an organisation that may hold equipment: a force, unit or armed group, or of unknown kind. */
    public boolean mayHold() {
        return kind == MentionKind.ORGANIZATION && (actorKind == null || actorKind == ActorKind.ARMED_FORCE
                || actorKind == ActorKind.UNIT || actorKind == ActorKind.ARMED_GROUP);
    }

    Mention withRole(String newRole, String newCountry) {
        return new Mention(kind, text, start, end, id, name, code, country != null ? country : newCountry, amount, unit, currency,
                item, date, newRole, confidence, actorKind);
    }

    /** The same mention read over a longer stretch of text. */
    Mention over(String newText, int newStart, int newEnd) {
        return new Mention(kind, newText, newStart, newEnd, id, name, code, country, amount, unit, currency, item, date, role, confidence,
                actorKind);
    }

    /** The same words read as another entry of the dictionary. */
    Mention naming(Name other) {
        return new Mention(kind, text, start, end, other.id(), other.canonical(), code, other.country(), amount, unit, currency, item, date, role,
                confidence, actorKind);
    }

    /** The same amount read in another currency. */
    Mention inCurrency(String newCurrency) {
        return new Mention(kind, text, start, end, id, name, code, country, amount, unit, newCurrency, item, date, role, confidence,
                actorKind);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** True when the mention lies wholly within [s, e). */
    public boolean inside(int s, int e) {
        return start >= s && end <= e;
    }

    /** True when one of the mentions covers the character at offset {@code at}: a finder skips what another already took. */
    static boolean anyCovers(java.util.List<Mention> mentions, int at) {
        for (int i = 0; i < mentions.size(); i++) { // indexed: asked at every token, iterators add up
            if (at >= mentions.get(i).start() && at < mentions.get(i).end()) return true;
        }
        return false;
    }

    /** True when token t lies within one of the mentions that is a date: "mercredi", "в четверг". */
    static boolean inDate(java.util.List<Mention> mentions, Token t) {
        for (Mention m : mentions) if (m.kind() == MentionKind.DATE && m.start() <= t.start() && t.end() <= m.end()) return true;
        return false;
    }
}
