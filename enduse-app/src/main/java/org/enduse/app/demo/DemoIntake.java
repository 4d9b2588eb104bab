package org.enduse.app.demo;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.StoryGrouper;
import org.enduse.core.intake.DocumentReader;
import org.enduse.core.intake.RawDocument;
import org.enduse.core.source.Source;

/** The demo's intake step: the sample reports read, their mentions and events found, and grouped into stories. */
final class DemoIntake {
    private DemoIntake() {}

    static void run(List<Source> sources, PrintWriter out) {
        Extractor extractor = Extractor.standard(sink -> { });
        List<Extraction> extractions = new ArrayList<>();
        for (Source s : sources) {
            byte[] bytes = DemoFiles.bundled("reports/" + java.nio.file.Path.of(s.location()).getFileName());
            for (var document : DocumentReader.read(new RawDocument(s.id(), s.location(), bytes, "text/plain", Instant.now()))) {
                Extraction x = extractor.extract(document, org.enduse.core.common.PartialDate.day(
                        s.published().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
                extractions.add(x);
                Map<String, Integer> kinds = new TreeMap<>();
                x.mentions().forEach(m -> kinds.merge(m.kind().name().toLowerCase(), 1, Integer::sum));
                String equipment = String.join(", ", x.mentions().stream().filter(m -> m.kind().name().equals("EQUIPMENT"))
                        .map(m -> m.name()).distinct().toList());
                out.printf("  %-10s %s: %d mentions %s; %d events; equipment: %s%n", s.id(), x.language(), x.mentions().size(), kinds,
                        x.events().size(), equipment.isEmpty() ? "-" : equipment);
            }
        }
        var stories = StoryGrouper.group(extractions);
        stories.stream().filter(st -> st.sources().size() > 1).forEach(st -> out.printf(
                "  one story across %d reports (%s), sharing %s%n", st.sources().size(), String.join(", ", st.sources()),
                String.join(", ", st.sharedFeatures().stream().filter(f -> f.startsWith("entity:")).map(f -> f.substring(7)).toList())));
    }
}
