package org.enduse.core.extract;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A state's body named with the state as part of its name ("Britain's Ministry of Defence",
 * "Минобороны Дании") is one organisation mention: the body's and the state's mentions become the
 * one their reader joins. The loop shared by {@link PossessiveBodies} and {@link StateAfterBody}.
 */
final class BodyStateJoin {
    private BodyStateJoin() {}

    /**
     * For each body, the state {@code stateOf} finds for it (null: none) and the body replaced by
     * {@code joined(body, state)}, the state's own mention removed; in place.
     */
    static void joinEach(List<Mention> mentions, Predicate<Mention> isBody, Function<Mention, Mention> stateOf,
                         BiFunction<Mention, Mention, Mention> joined) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention body = mentions.get(i);
            if (!isBody.test(body)) continue;
            Mention state = stateOf.apply(body);
            if (state == null) continue;
            Mention one = joined.apply(body, state);
            mentions.set(i, one);
            mentions.remove(state);
            i = mentions.indexOf(one);
        }
    }
}
