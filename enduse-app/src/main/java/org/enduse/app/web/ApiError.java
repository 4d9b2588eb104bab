package org.enduse.app.web;

import java.util.List;
import org.enduse.core.common.InputProblem;

/** Every error answer: a message for people and, for bad input, each problem with its field. */
public record ApiError(String error, List<Problem> problems) {
    public record Problem(String field, String message) {}

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }

    public static ApiError of(List<InputProblem> problems) {
        String message = problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems in the input";
        return new ApiError(message, problems.stream().map(p -> new Problem(p.column(), p.message())).toList());
    }
}
