package org.enduse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.geo.GeoData;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.common.Transactions;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.TransferQuery;
import org.enduse.store.postgres.PostgresStore;
import org.enduse.store.sql.JdbiStore;
import org.enduse.store.sqlite.SqliteStore;
import org.jdbi.v3.core.Jdbi;

/**
 * The one place the application is wired: the data directory, the store in it and the user that
 * writes are recorded under. Commands, the web server and the demo all start from here.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final JdbiStore store;
    private final String user;

    private AppContext(Path dataDir, JdbiStore store, String user) {
        this.dataDir = dataDir;
        this.store = store;
        this.user = user;
    }

    /** Opens (creating and migrating when needed) the store the environment names, see {@link #open(Path, Map)}. */
    public static AppContext open(Path dataDir) {
        return open(dataDir, System.getenv());
    }

    /**
     * The PostgreSQL server store when $ENDUSE_DATABASE_URL names one (with $ENDUSE_DATABASE_USER
     * and $ENDUSE_DATABASE_PASSWORD), else the SQLite file in the data directory. Either way the
     * data directory keeps the files that are not records (letters, indexes).
     */
    public static AppContext open(Path dataDir, Map<String, String> env) {
        String url = env.get("ENDUSE_DATABASE_URL");
        JdbiStore store = url == null || url.isBlank() ? SqliteStore.open(dataDir)
                : PostgresStore.open(url.strip(), env.get("ENDUSE_DATABASE_USER"), env.get("ENDUSE_DATABASE_PASSWORD"), Clock.systemUTC());
        return new AppContext(dataDir, store, userOf(env));
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

    /** The store's database, for the account, session and sharing tables. */
    public Jdbi database() {
        return store.jdbi();
    }

    /** Transactions on {@link #database()} that queue behind other writers as the store's own do. */
    public Transactions transactions() {
        return store.transactions();
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

    /** Who the audit log records as making this session's changes. */
    public String user() {
        return user;
    }

    @Override
    public void close() {
        store.close();
    }
}
