package org.enduse.app.cli.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogMatch;

/** How a catalog candidate is shown: one line of text, or a JSON object. */
final class CatalogMatchView {
    private CatalogMatchView() {}

    static String line(CatalogMatch m, Catalog catalog) {
        if (m.isEquipment()) {
            var t = m.type();
            String family = catalog.type(t.familyId()).map(f -> f.name()).orElse(t.familyId());
            return String.format("%s [%s]  family %s, origin %s, category %s (%s), score %.2f, %s '%s'", t.name(), t.id(), family,
                    t.origin(), t.category().name().toLowerCase(), t.category().register(), m.score(), m.how(), m.matchedAlias());
        }
        var a = m.actor().actor();
        var office = m.actor().latestTerm();
        return String.format("%s [%s]  %s%s%s, score %.2f, %s '%s'", a.name(), a.id(), a.kind().name().toLowerCase(),
                a.country() != null ? " of " + a.country() : "", office != null ? " (" + office.describe() + ")" : "", m.score(), m.how(),
                m.matchedAlias());
    }

    static Map<String, Object> json(CatalogMatch m, Catalog catalog) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", m.id());
        o.put("name", m.name());
        if (m.isEquipment()) {
            o.put("kind", "equipment");
            o.put("family", m.type().familyId());
            o.put("origin", m.type().origin() == null ? null : m.type().origin().value());
            o.put("category", m.type().category().name().toLowerCase());
            o.put("register", m.type().category().register());
        } else {
            o.put("kind", m.actor().actor().kind().name().toLowerCase());
            o.put("country", m.actor().actor().country() == null ? null : m.actor().actor().country().value());
            if (m.actor().actor().parentId() != null) o.put("parent", m.actor().actor().parentId());
            var terms = m.actor().terms();
            if (!terms.isEmpty()) o.put("offices", terms.stream().map(t -> {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("role", t.role());
                term.put("from", t.from() == null ? null : t.from().toString());
                term.put("to", t.to() == null ? null : t.to().toString());
                return term;
            }).toList());
        }
        o.put("score", m.score());
        o.put("match", m.how());
        return o;
    }
}
