package org.enduse.app.cli.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short sample reports written for these tests, and row counts read straight from the store file. */
public final class Reports {
    public static final String SIGHTING = "Belgian FN SCAR rifles were seen in the hands of the Russian Volunteer Corps in Belgorod, Russia, in May 2023.\n";
    public static final String TRANSFER_NL = "België heeft in januari 2023 3000 automatische geweren aan Oekraïne geleverd, zei minister Dedonder.\n";
    public static final String TRANSFER_EN = "The United States delivered four MaxxPro armoured vehicles to Ukraine in 2023, the Pentagon said.\n";
    static final List<String> TABLES = List.of("sources", "source_texts", "mentions", "events", "candidates", "stories", "story_sources", "audit");

    private Reports() {}

    /** A directory with the three sample reports. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a-sighting.txt"), SIGHTING, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-transfer.txt"), TRANSFER_NL, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c-transfer.txt"), TRANSFER_EN, StandardCharsets.UTF_8);
        return dir;
    }

    public static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("enduse.db"));
    }

    public static long count(Path data, String sql) throws SQLException {
        try (Connection c = open(data); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows in each table ingest writes to. */
    public static Map<String, Long> rowCounts(Path data) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) counts.put(table, count(data, "SELECT COUNT(*) FROM " + table));
        return counts;
    }
}
