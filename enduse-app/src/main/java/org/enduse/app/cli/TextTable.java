package org.enduse.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table for terminal output. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable row(Object... cells) {
        var row = new ArrayList<String>();
        for (Object c : cells) row.add(c == null ? "" : c.toString().replace('\n', ' '));
        rows.add(row);
        return this;
    }

    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (var row : rows) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], row.get(i).length());
        line(out, header, width);
        for (var row : rows) line(out, row, width);
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        var text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) text.append("  ");
            text.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + width[i] + "s", cells.get(i)));
        }
        out.println(text.toString().stripTrailing());
    }
}
