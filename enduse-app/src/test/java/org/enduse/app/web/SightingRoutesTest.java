package org.enduse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.Verification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sightings, alerts and their exports over HTTP, on the demo's data plus a grid of BE's and NL's sightings. */
class SightingRoutesTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start(dir);
        // 30 BE sightings on a line of longitudes 30.0..32.9 at latitude 50, alternating verification; 3 of NL's.
        server.services.context().store().write("test", r -> {
            for (int i = 0; i < 33; i++) {
                r.sightings().save(new Sighting(String.format("g-%02d", i), new EquipmentRef(null, i % 2 == 0 ? "=HYPERLINK(\"x\") tank" : "truck"),
                        null, List.of(), List.of(), new Place("grid " + i, CountryCode.of("UA"), null, 50.0, 30.0 + i / 10.0, GeoPrecision.EXACT),
                        PartialDate.parse(i < 15 ? "2022-06" : "2024-01-0" + (1 + i % 9)), null, null,
                        i % 2 == 0 ? Verification.CONFIRMED : Verification.UNVERIFIED, List.of(), null));
            }
            return null;
        });
        var jdbi = server.services.context().database();
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE sightings SET organisation_id = :be WHERE id LIKE 'g-%'").bind("be", server.be.id()).execute();
            h.createUpdate("UPDATE sightings SET organisation_id = :nl WHERE id IN ('g-30', 'g-31', 'g-32')").bind("nl", server.nl.id()).execute();
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> ids(JsonNode list) {
        var out = new ArrayList<String>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void filtersRunInTheStoreAndEachOrganisationSeesItsOwn() {
        Http be = Http.bearer(server, "be-viewer");
        Http nl = Http.bearer(server, "nl-admin");
        var grid = ids(Http.json(be.get("/api/sightings?bbox=29.95,49.9,31.05,50.1&limit=1000")));
        assertThat(grid).hasSize(11).first().isEqualTo("g-00");
        assertThat(ids(Http.json(be.get("/api/sightings?bbox=29,49,40,51&verification=confirmed")))).allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 0).hasSize(15);
        assertThat(ids(Http.json(be.get("/api/sightings?bbox=29,49,40,51&since=2023")))).hasSize(15).doesNotContain("g-14");
        assertThat(ids(Http.json(be.get("/api/sightings?bbox=29,49,40,51&since=2024-01-05")))).contains("g-15").doesNotContain("g-18");
        assertThat(ids(Http.json(be.get("/api/sightings?country=RU")))).contains("s-scar-belgorod").noneMatch(id -> id.startsWith("g-"));
        assertThat(ids(Http.json(be.get("/api/sightings?equipment=fn-scar")))).containsExactly("s-scar-belgorod");
        assertThat(ids(Http.json(be.get("/api/sightings?equipment=TRUCK&bbox=29,49,40,51")))).hasSize(15);
        // NL sees its three grid sightings and none of BE's.
        assertThat(ids(Http.json(nl.get("/api/sightings")))).containsExactly("g-30", "g-31", "g-32");
        assertThat(nl.get("/api/sightings/s-scar-belgorod").statusCode()).isEqualTo(404);
        assertThat(be.get("/api/sightings/g-31").statusCode()).isEqualTo(404);
        assertThat(be.get("/api/sightings/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesByOffsetOrCursor() {
        Http be = Http.bearer(server, "be-viewer");
        var first = be.get("/api/sightings?bbox=29,49,40,51&limit=10");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("30");
        assertThat(first.headers().firstValue("X-Next-Cursor")).hasValue("g-09");
        assertThat(ids(Http.json(be.get("/api/sightings?bbox=29,49,40,51&limit=10&cursor=g-09")))).first().isEqualTo("g-10");
        assertThat(ids(Http.json(be.get("/api/sightings?bbox=29,49,40,51&limit=10&offset=25")))).containsExactly("g-25", "g-26", "g-27", "g-28", "g-29");
        var last = be.get("/api/sightings?bbox=29,49,40,51&limit=10&offset=25");
        assertThat(last.headers().firstValue("X-Next-Cursor")).isEmpty();
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        Http be = Http.bearer(server, "be-viewer");
        for (String[] bad : new String[][] {{"bbox=1,2,3", "bbox"}, {"bbox=10,0,5,1", "bbox"}, {"bbox=a,0,5,1", "bbox"}, {"limit=0", "limit"},
                {"limit=ten", "limit"}, {"offset=-1", "offset"}, {"verification=sure", "verification"}, {"since=May", "May"},
                {"format=xls", "format"}, {"country=Ukraine", "UKRAINE"}}) {
            var r = be.get("/api/sightings?" + bad[0]);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(r.body()).as(bad[0]).contains(bad[1]);
        }
    }

    @Test
    void listsExportAsCsvJsonAndGeoJson() {
        Http be = Http.bearer(server, "be-viewer");
        var csv = be.get("/api/sightings?bbox=29.95,49.9,30.05,50.1&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"sightings.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,equipmentType,equipment,");
        // The hostile description is kept as text, not a formula; a negative number would stay a number.
        assertThat(lines[1]).startsWith("g-00,,\"'=HYPERLINK(\"\"x\"\") tank\",");

        Http byAccept = Http.bearer(server, "be-viewer");
        byAccept.headers.put("Accept", "application/geo+json");
        var geo = byAccept.get("/api/sightings?bbox=29.95,49.9,30.05,50.1");
        assertThat(geo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(geo.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"sightings.geojson\"");
        JsonNode feature = Http.json(geo).get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").toString()).isEqualTo("[30.0,50.0]");
        assertThat(feature.get("properties").get("id").asText()).isEqualTo("g-00");

        var json = be.get("/api/alerts?format=json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var alertsCsv = be.get("/api/alerts?format=csv");
        assertThat(alertsCsv.body().split("\r\n")[0]).startsWith("sightingId,transferId,lineId,donor,recipient,observed,verdict,causes");
    }

    @Test
    void alertsAndTheSightingExplainedComeFromTheEngine() {
        Http be = Http.bearer(server, "be-viewer");
        JsonNode alerts = Http.json(be.get("/api/alerts?verdict=potential_violation&limit=10"));
        assertThat(alerts.size()).isPositive();
        assertThat(alerts.findValuesAsText("sightingId")).contains("s-scar-belgorod");
        assertThat(alerts.findValuesAsText("verdict")).containsOnly("potential_violation");
        assertThat(Http.json(be.get("/api/alerts?donor=PL")).findValuesAsText("donor")).containsOnly("PL");
        assertThat(Http.json(be.get("/api/alerts?since=2030")).size()).isZero();
        assertThat(Http.json(be.get("/api/alerts?limit=1")).size()).isEqualTo(1);
        assertThat(Http.json(Http.bearer(server, "nl-admin").get("/api/alerts")).size()).isZero();
        JsonNode tiles = Http.json(be.get("/api/dashboard"));
        assertThat(tiles.findValuesAsText("key")).contains("potential_violations");

        JsonNode detail = Http.json(be.get("/api/sightings/s-scar-belgorod"));
        assertThat(detail.get("sighting").get("equipmentType").asText()).isEqualTo("fn-scar");
        assertThat(detail.get("assessment").get("verdict").asText()).isEqualTo("potential_violation");
        assertThat(detail.get("assessment").get("assessments").get(0).get("explanation").toString()).contains("verdict: potential violation");
        JsonNode english = detail.get("sources").get(0);
        assertThat(english.get("id").asText()).isEqualTo("src-01-en");
        String text = english.get("text").asText();
        var about = new ArrayList<String>();
        english.get("spans").forEach(s -> {
            if (s.get("aboutSighting").asBoolean()) about.add(text.substring(s.get("start").asInt(), s.get("end").asInt()));
        });
        assertThat(about).anyMatch(w -> w.contains("SCAR"));
    }
}
