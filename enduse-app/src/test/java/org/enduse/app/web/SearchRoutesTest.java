package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over HTTP on the demo's reports: every language, records written after the index was built, never another organisation's. */
class SearchRoutesTest {
    @TempDir Path dir;

    @Test
    void findsInflectedFormsAndOnlyWhatTheOrganisationMaySee() {
        try (TestServer server = DemoServer.start(dir)) {
            Http be = Http.bearer(server, "be-viewer");
            Http nl = Http.bearer(server, "nl-admin");
            var dutch = Http.json(be.get("/api/search?q=pantserwagens"));
            assertThat(dutch.findValuesAsText("id")).contains("src-02-nl");
            assertThat(dutch.get(0).get("snippet").asText()).containsIgnoringCase("pantserwagen");
            assertThat(Http.json(be.get("/api/search?q=SCAR")).findValuesAsText("kind")).contains("source", "sighting", "transfer");
            assertThat(Http.json(nl.get("/api/search?q=SCAR")).size()).isZero();

            // A record written after the index was built is found, and only by its organisation.
            server.services.context().store().write("test", r -> {
                r.sightings().save(new Sighting("s-nl-only", new EquipmentRef(null, "Leopard pantserhouwitser"), null, null, null, null, null,
                        null, null, null, List.of(), null));
                return null;
            });
            server.services.recordAccess().setOwner("sighting", "s-nl-only", server.nl.id());
            assertThat(Http.json(nl.get("/api/search?q=pantserhouwitser")).findValuesAsText("id")).containsExactly("s-nl-only");
            assertThat(Http.json(be.get("/api/search?q=pantserhouwitser")).size()).isZero();

            assertThat(be.get("/api/search").statusCode()).isEqualTo(400);
            assertThat(be.get("/api/search?q=x&limit=0").statusCode()).isEqualTo(400);
        }
    }
}
