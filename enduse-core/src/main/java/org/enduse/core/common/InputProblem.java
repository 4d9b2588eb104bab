package org.enduse.core.common;

/**
 * One thing wrong with what a user gave us, located as precisely as we know it.
 *
 * @param input  the file, URL or argument the problem is in (never null; "-" for stdin)
 * @param row    1-based data row, or 0 when the problem is not tied to a row
 * @param column the column or field name, or null when the problem is not tied to one
 * @param message what is wrong, in plain words
 */
public record InputProblem(String input, int row, String column, String message) {
    public InputProblem {
        if (input == null || input.isBlank()) input = NO_FILE;
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message is required");
    }

    public static InputProblem of(String input, String message) {
        return new InputProblem(input, 0, null, message);
    }

    /** The placeholder input of a problem found in a single value rather than a file. */
    public static final String NO_FILE = "input";

    /**
     * "file.csv: row 3, column quantity: must not be negative", or "lat: latitude 95.0 is outside
     * -90..90" for a problem in a single value.
     */
    @Override
    public String toString() {
        if (input.equals(NO_FILE) && row == 0 && column != null) return column + ": " + message;
        StringBuilder where = new StringBuilder(input);
        if (row > 0 || column != null) where.append(':');
        if (row > 0) where.append(" row ").append(row);
        if (column != null) where.append(row > 0 ? ", column " : " column ").append(column);
        return where.append(": ").append(message).toString();
    }
}
