package org.enduse.app.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.csv.CsvReader;
import org.enduse.core.source.Source;

/** The bundled sample reports as Source records, with the sha256 of their bytes. */
final class DemoSources {
    private DemoSources() {}

    /** Reads reports/sources.csv, copies each report into the folder and describes it. */
    static List<Source> load(Path dir, Instant now) {
        var table = CsvReader.parse("demo/reports/sources.csv", DemoFiles.bundled("reports/sources.csv"));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String file = "reports/" + table.cell(i, "file");
            Path copy = DemoFiles.copy(file, dir.resolve("samples"));
            Instant published = LocalDate.parse(table.cell(i, "published")).atStartOfDay().toInstant(ZoneOffset.UTC);
            sources.add(new Source(table.cell(i, "id"), copy.toString(), table.cell(i, "title"), table.cell(i, "outlet"),
                    table.cell(i, "language"), published, now, Source.sha256Of(DemoFiles.bundled(file))));
        }
        return sources;
    }
}
