package org.enduse.store.sql;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.enduse.core.common.Transactions;
import org.enduse.core.storage.Attempt;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * The store over any database the migrations run on: each unit of work is one transaction on the
 * repositories' SQL. The subclasses only say how to connect (SQLite file, PostgreSQL server).
 */
public abstract class JdbiStore implements Store {
    private final Jdbi reader;
    private final Jdbi writer;
    private final Clock clock;

    protected JdbiStore(Jdbi reader, Jdbi writer, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return reader.inTransaction(handle -> work.apply(SqlRepositories.reading(handle)));
    }

    @Override
    public <T> T write(String user, Function<Repositories, T> work) {
        return writer.inTransaction(handle -> {
            beginWrite(handle);
            return work.apply(SqlRepositories.writing(handle, user, clock));
        });
    }

    @Override
    public <T> List<Attempt<T>> writeEach(String user, List<? extends Function<Repositories, T>> works) {
        try {
            return writer.inTransaction(handle -> {
                beginWrite(handle);
                var sql = new Statements(handle);
                List<Attempt<T>> attempts = new ArrayList<>(works.size());
                for (var work : works) {
                    sql.update("SAVEPOINT work");
                    try {
                        // Repositories of their own: the audit writer reads the sequence again after a rolled-back work.
                        attempts.add(Attempt.stored(work.apply(SqlRepositories.writing(handle, sql, user, clock))));
                    } catch (RuntimeException e) {
                        // When this fails too (the database dropped the whole transaction), every work is retried below.
                        sql.update("ROLLBACK TO SAVEPOINT work");
                        attempts.add(Attempt.failed(e));
                    }
                    sql.update("RELEASE SAVEPOINT work");
                }
                return attempts;
            });
        } catch (RuntimeException batchFailed) {
            // Nothing of the batch was kept; alone, each work keeps or loses only itself.
            List<Attempt<T>> attempts = new ArrayList<>(works.size());
            for (var work : works) {
                try {
                    attempts.add(Attempt.stored(write(user, work)));
                } catch (TransactionException e) {
                    // JDBI's message says only that the commit failed; the database's reason is the cause.
                    attempts.add(Attempt.failed(new IllegalStateException("the store could not commit: " + e.getCause().getMessage(), e)));
                } catch (RuntimeException e) {
                    attempts.add(Attempt.failed(e));
                }
            }
            return attempts;
        }
    }

    /** Called first in every write transaction; a database whose writers do not queue by themselves queues them here. */
    protected void beginWrite(Handle handle) {}

    /** The database for the tables outside the unit of work (accounts, sessions, shares), migrated with the rest. */
    public Jdbi jdbi() {
        return writer;
    }

    /**
     * Transactions for the services on {@link #jdbi()}: their repositories call Jdbi themselves, and
     * Jdbi hands nested calls on the same thread this transaction's handle, so they all join it.
     */
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return writer.inTransaction(handle -> {
                    beginWrite(handle);
                    return work.get();
                });
            }
        };
    }
}
