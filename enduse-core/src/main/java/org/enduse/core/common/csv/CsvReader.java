package org.enduse.core.common.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/**
 * A strict RFC 4180 reader: comma-separated, fields optionally in double quotes with quotes doubled
 * inside, records ending in CRLF or LF, the first record a header. Anything else (a stray quote, text
 * after a closing quote, an unterminated quote, a row with the wrong number of fields) is an error
 * naming the input, the data row (1 = the first row after the header) and the column, because a
 * lenient reader would import a truncated or garbled file as if it were whole.
 */
public final class CsvReader {
    private final String input;
    private final String text;
    private final List<List<String>> records = new ArrayList<>();
    private List<String> record = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();

    private CsvReader(String input, String text) {
        this.input = input;
        this.text = text;
    }

    /** Decodes strict UTF-8 and parses; a bad byte is reported at the row and column it falls in. */
    public static CsvTable parse(String input, byte[] bytes) {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.BadEncoding e) {
            var at = new CsvReader(input, e.validPrefix());
            at.scan(false);
            throw at.problem("invalid UTF-8 at byte " + e.byteOffset() + " (save the file as UTF-8)");
        }
        return parse(input, text);
    }

    public static CsvTable parse(String input, String text) {
        var reader = new CsvReader(input, text.startsWith("\uFEFF") ? text.substring(1) : text);
        reader.scan(true);
        return reader.table();
    }

    /** Splits the text into records; when not strict, stops quietly at the end wherever it is. */
    private void scan(boolean strict) {
        boolean inQuotes = false, afterQuote = false;
        int quoteRow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c != '"') field.append(c);
                else if (i + 1 < text.length() && text.charAt(i + 1) == '"') field.append(text.charAt(++i));
                else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == ',') {
                endField();
                afterQuote = false;
            } else if (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                if (c == '\r') i++;
                endRecord();
                afterQuote = false;
            } else if (afterQuote) {
                throw problem("unexpected character '" + c + "' after a closing quote (a quote inside a quoted field is written twice: \"\")");
            } else if (c == '"') {
                if (!field.isEmpty()) throw problem("a quote inside an unquoted field (quote the whole field and double the inner quote)");
                inQuotes = true;
                quoteRow = records.size();
            } else if (c == '\r') {
                throw problem("a carriage return not followed by a line feed");
            } else {
                field.append(c);
            }
        }
        if (inQuotes && strict) {
            throw new InvalidInputException(new InputProblem(input, quoteRow, columnName(quoteRow, record.size()),
                    "a quoted field is never closed: the file is truncated or a closing quote is missing"));
        }
        if (strict && (!record.isEmpty() || !field.isEmpty() || afterQuote)) endRecord();
    }

    private void endField() {
        record.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        endField();
        records.add(record);
        record = new ArrayList<>();
    }

    private CsvTable table() {
        if (records.isEmpty()) throw new InvalidInputException(InputProblem.of(input, "the file is empty: a header row is required"));
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        var seen = new HashSet<String>();
        for (String h : header) {
            if (h.isEmpty()) throw new InvalidInputException(new InputProblem(input, 0, null, "the header has an empty column name"));
            if (!seen.add(h)) throw new InvalidInputException(new InputProblem(input, 0, h, "the column appears twice in the header"));
        }
        var problems = new ArrayList<InputProblem>();
        for (int r = 1; r < records.size(); r++) {
            int size = records.get(r).size();
            if (size == header.size()) continue;
            boolean last = r == records.size() - 1;
            String message = last && size < header.size()
                    ? "the last row has " + size + " of " + header.size() + " columns: the file may be truncated"
                    : "the row has " + size + " columns but the header has " + header.size();
            // The column named is where the row stops short (the first missing one) or overflows (the first extra one).
            String column = size < header.size() ? header.get(size) : "#" + (header.size() + 1);
            problems.add(new InputProblem(input, r, column, message));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new CsvTable(input, header, records.subList(1, records.size()));
    }

    /** A problem at the current position: the row being read and the column of the field being read. */
    private InvalidInputException problem(String message) {
        int row = records.size();
        return new InvalidInputException(new InputProblem(input, row, columnName(row, record.size()), message));
    }

    private String columnName(int row, int index) {
        if (row > 0 && index < records.get(0).size()) return records.get(0).get(index).strip().toLowerCase(Locale.ROOT);
        return "#" + (index + 1);
    }
}
