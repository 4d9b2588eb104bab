package org.enduse.app.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.storage.Repositories;
import org.enduse.core.transfer.Transfer;

/**
 * Saves validated records inside the caller's write transaction. A record whose id is already
 * stored is refused (every such id is reported, and the transaction rolls back) unless upsert is
 * asked for, in which case it is replaced whole.
 */
public final class Importer {
    private Importer() {}

    public static int transfers(Repositories repos, String input, List<Transfer> transfers, boolean upsert) {
        return save(input, "transfer", transfers, Transfer::id, repos.transfers()::exists, repos.transfers()::save, upsert);
    }

    public static int sightings(Repositories repos, String input, List<Sighting> sightings, boolean upsert) {
        return save(input, "sighting", sightings, Sighting::id, repos.sightings()::exists, repos.sightings()::save, upsert);
    }

    private static <T> int save(String input, String kind, List<T> records, Function<T, String> id, Predicate<String> exists,
                                Consumer<T> save, boolean upsert) {
        var problems = new ArrayList<InputProblem>();
        var seen = new HashSet<String>();
        for (T r : records) {
            String key = id.apply(r);
            if (!seen.add(key)) problems.add(new InputProblem(input, 0, "id", kind + " " + key + " appears twice in the file"));
            else if (!upsert && exists.test(key)) {
                problems.add(new InputProblem(input, 0, "id", kind + " " + key + " already exists in the store (use --upsert to replace it)"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        records.forEach(save);
        return records.size();
    }
}
