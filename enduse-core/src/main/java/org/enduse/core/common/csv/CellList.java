package org.enduse.core.common.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one CSV cell, separated by a character (";" for lists, "@" inside a lifecycle
 * event). A backslash escapes the separator and itself, so any text survives a round trip.
 */
public final class CellList {
    private CellList() {}

    public static String join(List<String> items, char separator) {
        var out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(separator);
            String item = items.get(i) == null ? "" : items.get(i);
            for (char c : item.toCharArray()) {
                if (c == separator || c == '\\') out.append('\\');
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The items of a cell; a blank cell is an empty list. Items are stripped. */
    public static List<String> split(String cell, char separator) {
        var items = new ArrayList<String>();
        if (cell == null || cell.isBlank()) return items;
        var item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) item.append(cell.charAt(++i));
            else if (c == separator) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else item.append(c);
        }
        items.add(item.toString().strip());
        return items;
    }

    /** Like {@link #split} but keeps empty items (positions matter, e.g. "status@date@@note"). */
    public static List<String> fields(String cell, char separator, int count) {
        var items = split(cell, separator);
        while (items.size() < count) items.add("");
        return items;
    }
}
