package org.enduse.core.common.csv;

import java.util.List;

/** A parsed CSV file: lower-case header names and data rows, every row as wide as the header. */
public record CsvTable(String input, List<String> header, List<List<String>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** The cell of a 0-based row, or "" when the file has no such column (optional columns). */
    public String cell(int rowIndex, String column) {
        int c = header.indexOf(column);
        return c < 0 ? "" : rows.get(rowIndex).get(c);
    }
}
