package org.enduse.app.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, List<JsonNode> lines, String err) {}

    private Run run(String... args) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EnduseCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) lines.add(new ObjectMapper().readTree(line));
        return new Run(code, lines, err.toString());
    }

    @Test
    void oneObjectPerDocumentAndBadDocumentsDoNotStopTheRun() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Belgium delivered 3,000 automatic weapons to Ukraine in February 2023.");
        Files.write(dir.resolve("b.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.write(dir.resolve("c.txt"), new byte[] {'K', 'y', 'i', 'v', ' ', (byte) 0xD0, (byte) 0x9A, ' ', (byte) 0xC3, 'x'});
        Files.writeString(dir.resolve("d.txt"), "   \n  ");
        Files.writeString(dir.resolve("e.xml"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<rss><channel><item><title>&b;</title></item></channel></rss>");
        Path stories = dir.resolve("stories.jsonl");

        Run r = run("extract", "--format", "jsonl", "--stories", stories.toString(), dir.toString(), dir.resolve("missing.txt").toString());

        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(6);
        JsonNode a = r.lines().get(0);
        assertThat(a.get("language").asText()).isEqualTo("en");
        assertThat(a.get("mentions").findValuesAsText("kind")).contains("country", "quantity", "date");
        assertThat(a.get("events").get(0).get("type").asText()).isEqualTo("transfer");
        assertThat(a.get("events").get(0).get("donor").asText()).isEqualTo("BE");
        assertThat(r.lines().get(1).get("error").asText()).contains("binary");
        assertThat(r.lines().get(2).get("error").asText()).contains("not valid UTF-8");
        assertThat(r.lines().get(3).get("error").asText()).contains("empty");
        assertThat(r.lines().get(4).get("error").asText()).contains("entit");
        assertThat(r.lines().get(5).get("error").asText()).isEqualTo("no such file or directory");
        assertThat(r.err()).contains("extract: 6 documents, 5 errors");
        assertThat(Files.readAllLines(stories, StandardCharsets.UTF_8)).singleElement().asString().contains("\"story\":\"story-1\"");
    }

    @Test
    void unknownFormatIsABadInput() throws Exception {
        Run r = run("extract", "--format", "xml", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format xml is not supported");
    }
}
