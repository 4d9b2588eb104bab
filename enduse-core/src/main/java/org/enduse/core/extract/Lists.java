package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The list questions the event readers ask of every sentence (is any hit a denial, the first
 * quantity, the transfers among the events), as loops. Most of the lists asked are empty or hold
 * one or two items, and a stream builds its pipeline whatever the list: stream machinery was 9% of
 * extraction's samples in a profile (round 16), more than the questions themselves. Each answers
 * as the stream it replaces did, in the list's order.
 */
final class Lists {
    private Lists() {}

    /** As {@code list.stream().anyMatch(test)}. */
    static <T> boolean any(List<T> list, Predicate<? super T> test) {
        for (int i = 0; i < list.size(); i++) if (test.test(list.get(i))) return true;
        return false;
    }

    /** As {@code list.stream().filter(test).findFirst().orElse(null)}, for lists without nulls. */
    static <T> T first(List<T> list, Predicate<? super T> test) {
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (test.test(item)) return item;
        }
        return null;
    }

    /** The last item that passes, or null, for lists without nulls. */
    static <T> T last(List<T> list, Predicate<? super T> test) {
        for (int i = list.size() - 1; i >= 0; i--) if (test.test(list.get(i))) return list.get(i);
        return null;
    }

    /** As {@code list.stream().filter(test).toList()}: the items that pass, in order, read-only. */
    static <T> List<T> where(List<T> list, Predicate<? super T> test) {
        List<T> out = null;
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (!test.test(item)) continue;
            if (out == null) out = new ArrayList<>(list.size() - i);
            out.add(item);
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }
}
