package org.enduse.store;

import java.util.function.Supplier;
import org.enduse.core.common.Transactions;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over Jdbi. Repositories call {@code jdbi.withHandle} themselves; Jdbi hands nested
 * calls on the same thread the handle of the outermost one, so they all join this transaction.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(h -> work.get());
    }
}
