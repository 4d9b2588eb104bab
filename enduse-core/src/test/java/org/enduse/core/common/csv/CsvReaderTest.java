package org.enduse.core.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() {
        var t = CsvReader.parse("f.csv", "\uFEFFA,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nplain,\n");
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(List.of("x, \"y\"", "two\nlines"), List.of("plain", ""));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        var rows = List.of(List.of("id", "text"), List.of("1", " edge spaces "), List.of("2", "a,\"b\"\r\nc"));
        var out = new StringWriter();
        var w = new CsvWriter(out);
        rows.forEach(w::row);
        var t = CsvReader.parse("f.csv", out.toString());
        assertThat(t.rows()).containsExactlyElementsOf(rows.subList(1, 3));
    }

    @Test
    void aStrayQuoteIsAnErrorAtItsRowAndColumn() {
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,b\n1,x\"y\n"))
                .isInstanceOf(InvalidInputException.class).hasMessage("f.csv: row 1, column b: a quote inside an unquoted field "
                        + "(quote the whole field and double the inner quote)");
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,b\n1,\"x\"y\n")).hasMessageContaining("row 1, column b: unexpected character 'y'");
    }

    @Test
    void aRowOfTheWrongWidthIsNamed() {
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,b\n1,2,3\n4,5\n")).hasMessage("f.csv: row 1, column #3: the row has 3 columns but the header has 2");
    }

    @Test
    void aShortLastRowNamesTheFirstMissingColumn() {
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,b,c\n1,2,3\n4,5"))
                .hasMessage("f.csv: row 2, column c: the last row has 2 of 3 columns: the file may be truncated");
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,\"b\n")).hasMessageStartingWith("f.csv: column #2: a quoted field is never closed");
    }

    @Test
    void anInvalidByteIsPlacedInItsRowAndColumn() {
        byte[] bytes = "a,b\n1,2\n3,x\u00e9".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        assertThatThrownBy(() -> CsvReader.parse("f.csv", bytes)).hasMessageStartingWith("f.csv: row 2, column b: invalid UTF-8 at byte 11");
    }

    @Test
    void anEmptyFileOrDuplicateHeaderIsRefused() {
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> CsvReader.parse("f.csv", "a,A\n")).hasMessage("f.csv: column a: the column appears twice in the header");
    }

    @Test
    void cellListsEscapeTheirSeparator() {
        var items = List.of("a;b", "c\\d", "e");
        String cell = CellList.join(items, ';');
        assertThat(cell).isEqualTo("a\\;b;c\\\\d;e");
        assertThat(CellList.split(cell, ';')).isEqualTo(items);
        assertThat(CellList.split("  ", ';')).isEmpty();
    }
}
