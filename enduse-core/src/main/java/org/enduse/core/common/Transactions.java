package org.enduse.core.common;

import java.util.function.Supplier;

/**
 * Runs work so that every repository call inside it commits together or not at all: a change
 * and its audit entry are one write. The store implements it; in-memory tests may just call the work.
 */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
