package org.enduse.app;

import java.nio.file.Path;
import java.util.Map;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.geo.GeoData;
import org.enduse.core.review.ReviewQueue;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.store.sqlite.SqliteStore;

/**
 * The one place the application is wired: the data directory, the store in it and the user that
 * writes are recorded under. Commands, the web server and the demo all start from here.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Store store;
    private final String user;

    private AppContext(Path dataDir, Store store, String user) {
        this.dataDir = dataDir;
        this.store = store;
        this.user = user;
    }

    /** Opens (creating and migrating when needed) the store in the data directory. */
    public static AppContext open(Path dataDir) {
        return new AppContext(dataDir, SqliteStore.open(dataDir), userOf(System.getenv()));
    }

    /** --data when given, else $ENDUSE_DATA, else ~/.local/share/enduse. */
    public static Path dataDir(Path option, Map<String, String> env) {
        if (option != null) return option;
        String fromEnv = env.get("ENDUSE_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        return Path.of(System.getProperty("user.home"), ".local", "share", "enduse");
    }

    /** $ENDUSE_USER when set (a shared machine, a service account), else the login name. */
    static String userOf(Map<String, String> env) {
        String fromEnv = env.get("ENDUSE_USER");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv.strip() : System.getProperty("user.name", "unknown");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Store store() {
        return store;
    }

    /**
     * An assessment engine holding every stored transfer and sighting, assessed, with the bundled
     * catalog and the recognised-borders territory. Built on each call: the engine lives in memory.
     */
    public AssessmentEngine assessmentEngine() {
        Catalog catalog = Catalog.get();
        AssessmentEngine engine = new AssessmentEngine(catalog, catalog, GeoData.get().recognised());
        store.read(repos -> {
            repos.transfers().list(TransferQuery.all()).forEach(engine::putTransfer);
            repos.sightings().list(SightingQuery.all()).forEach(engine::putSighting);
            return null;
        });
        engine.assessAll();
        return engine;
    }

    /** The review queue over this store (candidates from ingested reports). */
    public ReviewQueue reviewQueue() {
        return new ReviewQueue(store);
    }

    /** Who the audit log records as making this session's changes. */
    public String user() {
        return user;
    }

    @Override
    public void close() {
        store.close();
    }
}
