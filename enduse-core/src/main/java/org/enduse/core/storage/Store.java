package org.enduse.core.storage;

import java.util.List;
import java.util.function.Function;

/**
 * The unit of work over stored records. Everything one command writes happens inside one
 * {@link #write} call, in one transaction: it commits when the work returns and leaves nothing
 * behind when the work throws or the process dies. Each change a write makes is recorded in the
 * audit log, in the same transaction, under the given user.
 */
public interface Store extends AutoCloseable {

    /** Runs read-only work on a consistent view; the repositories refuse to save. */
    <T> T read(Function<Repositories, T> work);

    /** Runs work in one transaction, auditing every change as done by {@code user}. */
    <T> T write(String user, Function<Repositories, T> work);

    /**
     * Runs each work in a savepoint of its own inside one transaction, so that many small writes
     * share one commit (on SQLite one fsync): a work that throws is rolled back to its savepoint,
     * leaving nothing of itself, while the others commit. When the commit itself fails, each work
     * is run again in a transaction of its own, so a work must be safe to run a second time.
     * Returns what each work came to, in the order given.
     */
    <T> List<Attempt<T>> writeEach(String user, List<? extends Function<Repositories, T>> works);

    @Override
    void close();
}
