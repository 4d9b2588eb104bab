package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.enduse.app.AppContext;
import org.enduse.app.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transfer registry over HTTP shows each organisation its own transfers and those shared with
 * it, on the embedded SQLite file and on the PostgreSQL server store alike.
 */
class TransferRoutesTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void organisationsSeeTheirOwnTransfersAndSharedOnesOnly(String database) {
        Map<String, String> env = database.equals("sqlite") ? Map.of() : TestPostgres.freshDatabase();
        try (TestServer server = new TestServer(AppContext.open(dir, env), false)) {
            Http be = Http.bearer(server, "be-viewer");
            Http nl = Http.bearer(server, "nl-admin");
            var list = Http.json(be.get("/api/transfers?donor=be"));
            assertThat(list.findValuesAsText("id")).containsExactly("tr_scar");
            assertThat(list.get(0).get("donor").asText()).isEqualTo("BE");
            assertThat(Http.json(be.get("/api/transfers?donor=PL")).size()).isZero();
            assertThat(Http.json(nl.get("/api/transfers")).size()).isZero();
            assertThat(nl.get("/api/transfers/tr_scar").statusCode()).isEqualTo(404);

            Http.bearer(server, "be-admin").send("PUT", "/api/records/transfer/tr_scar/sharing/" + server.nl.id(), null);
            assertThat(Http.json(nl.get("/api/transfers")).findValuesAsText("id")).containsExactly("tr_scar");
            assertThat(nl.get("/api/transfers/tr_scar").statusCode()).isEqualTo(200);

            var bad = be.get("/api/transfers?donor=Belgium");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("unknown country code 'BELGIUM'");
        }
    }
}
