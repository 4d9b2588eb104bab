package org.enduse.app.cli;

import java.util.function.Supplier;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/** Parses one option's value, so a problem names the option the user typed ("--donor") rather than a record field. */
public final class OptionValue {
    private OptionValue() {}

    public static <T> T of(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new InputProblem(null, 0, option, p.message())).toList());
        }
    }
}
