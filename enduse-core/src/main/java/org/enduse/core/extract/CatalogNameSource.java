package org.enduse.core.extract;

import java.util.function.Consumer;
import org.enduse.core.catalog.ActorEntry;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogAlias;
import org.enduse.core.catalog.EquipmentType;

/**
 * The catalog's surface forms as names: equipment types (with their country of origin), states
 * (names, demonyms and capitals), forces, units, armed groups, companies, government bodies,
 * media and persons, each with its actor kind so events can tell a holder from a newspaper.
 */
public final class CatalogNameSource implements NameSource {
    private final Catalog catalog;

    public CatalogNameSource(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void forEachName(Consumer<Name> sink) {
        catalog.aliases(alias -> {
            Name name = toName(alias);
            if (name != null) sink.accept(name);
        });
    }

    private Name toName(CatalogAlias alias) {
        if (alias.text() == null || alias.text().isBlank()) return null;
        if (alias.equipment()) {
            String canonical = catalog.type(alias.entryId()).map(EquipmentType::name).orElse(null);
            return new Name(alias.text(), alias.language(), alias.entryId(), NameKind.EQUIPMENT, canonical, alias.country(), null,
                    "guarded".equals(alias.role()));
        }
        ActorEntry entry = catalog.actorEntry(alias.entryId()).orElse(null);
        if (entry == null) return null;
        ActorKind kind = entry.actor().kind();
        String canonical = entry.actor().name();
        if (kind == ActorKind.STATE) {
            NameKind nameKind = "capital".equals(alias.role()) ? NameKind.CAPITAL : NameKind.COUNTRY;
            String id = nameKind == NameKind.CAPITAL ? "capital-" + alias.entryId().toLowerCase(java.util.Locale.ROOT) : alias.entryId();
            return new Name(alias.text(), alias.language(), id, nameKind, canonical, alias.country());
        }
        NameKind nameKind = kind == ActorKind.PERSON ? NameKind.PERSON : NameKind.ORGANIZATION;
        return new Name(alias.text(), alias.language(), alias.entryId(), nameKind, canonical, alias.country(),
                nameKind == NameKind.ORGANIZATION ? kind : null);
    }
}
