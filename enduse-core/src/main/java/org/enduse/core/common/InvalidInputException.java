package org.enduse.core.common;

import java.util.List;

/**
 * Input the user can fix. Carries every problem found, so a file is reported whole rather than
 * one error per attempt. The CLI prints each problem on a line and exits with code 2.
 */
public final class InvalidInputException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("at least one problem is required");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    /** A problem with a single named field of a record, outside any file. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(new InputProblem(InputProblem.NO_FILE, 0, field, message));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) return "invalid input";
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more problems)";
    }
}
