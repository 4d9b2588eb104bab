package org.enduse.core.common.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/**
 * Turns the cells of a table into values while collecting every problem with its row and column,
 * so a file is checked whole and reported once. The record constructors do the validating; this
 * only adds where in the file it happened.
 */
public final class CellParser {
    private final CsvTable table;
    private final List<InputProblem> problems = new ArrayList<>();

    public CellParser(CsvTable table) {
        this.table = table;
    }

    /** Records a problem for each required column the header lacks. */
    public void requireColumns(List<String> columns) {
        for (String c : columns) {
            if (!table.has(c)) problems.add(new InputProblem(table.input(), 0, c, "the required column is missing from the header"));
        }
    }

    /** The parsed cell, or null after recording the problem (row is 0-based here, 1-based in messages). */
    public <T> T cell(int row, String column, Function<String, T> parser) {
        try {
            return parser.apply(table.cell(row, column));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new InputProblem(table.input(), row + 1, column, p.message())));
            return null;
        }
    }

    /** Builds a record from parsed cells; a validation failure is put in the column its field names. */
    public <T> T build(int row, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new InputProblem(table.input(), row + 1, column(p.column()), p.message())));
            return null;
        }
    }

    public void problem(int row, String column, String message) {
        problems.add(new InputProblem(table.input(), row + 1, column, message));
    }

    /** How many problems are recorded so far; compare before and after to see if a part failed. */
    public int count() {
        return problems.size();
    }

    /** Throws every problem found so far, if any. */
    public void throwIfFailed() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private String column(String field) {
        if (field == null) return null;
        String asColumn = field.strip().replace(' ', '_');
        return table.has(asColumn) ? asColumn : field;
    }
}
