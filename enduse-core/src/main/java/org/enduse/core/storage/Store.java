package org.enduse.core.storage;

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

    @Override
    void close();
}
