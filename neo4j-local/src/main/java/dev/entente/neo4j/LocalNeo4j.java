// Runs Neo4j Community embedded with its Bolt connector: the local database Entente uses when NEO4J_URI is unset.
package dev.entente.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.DatabaseStateService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.neo4j.kernel.database.NamedDatabaseId;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;

/**
 * Settings arrive as environment variables so the password never shows in a process listing:
 * ENTENTE_NEO4J_HOME, ENTENTE_NEO4J_PORT, ENTENTE_NEO4J_USER, ENTENTE_NEO4J_PASSWORD, ENTENTE_NEO4J_PAGECACHE.
 * The supervisor (neo4j-local/src) waits for the READY line on stdout; every failure is one ERROR line and a
 * non-zero exit code, so the supervisor can show it to the user without a stack trace. WARN lines are for the user;
 * a PANIC line means the database failed (a full disk, an I/O error) and the process is shutting down to be restarted.
 */
public final class LocalNeo4j {
    static final String READY = "ENTENTE_NEO4J_READY";
    static final String ERROR = "ENTENTE_NEO4J_ERROR";
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_DATA_DIR = 4;
    static final int EXIT_FAILED = 5;
    static final int EXIT_PANIC = 6;
    static final String WARN = "ENTENTE_NEO4J_WARN";
    static final String PANIC = "ENTENTE_NEO4J_PANIC";
    static final Duration PANIC_SHUTDOWN = Duration.ofSeconds(10);
    /**
     * Recovery's words for a transaction log whose end holds a partly written entry: what a write cut short by a full
     * disk leaves. Neo4j reports it only as text (no status code), so it is recognised by this phrase.
     */
    static final String TORN_LOG_TAIL = "Unreadable bytes are encountered after last readable position";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Path home = Path.of(env("ENTENTE_NEO4J_HOME", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(env("ENTENTE_NEO4J_PORT", "7687"));
        String user = env("ENTENTE_NEO4J_USER", "neo4j");
        String password = env("ENTENTE_NEO4J_PASSWORD", "entente-local");
        long pageCache = Long.parseLong(env("ENTENTE_NEO4J_PAGECACHE", String.valueOf(128L * 1024 * 1024)));
        // Neo4j stops a transaction past these (db.memory.transaction.max, dbms.memory.transaction.total.max) with a
        // client error, before the heap runs out: one analyst query must not take the JVM down.
        long txMax = Long.parseLong(env("ENTENTE_NEO4J_TX_MEMORY", String.valueOf(192L * 1024 * 1024)));
        long txTotal = Long.parseLong(env("ENTENTE_NEO4J_TX_MEMORY_TOTAL", String.valueOf(384L * 1024 * 1024)));

        try {
            Files.createDirectories(home);
            if (!Files.isWritable(home)) {
                fail(EXIT_DATA_DIR, "data directory " + home + " is not writable (set NEO4J_DATA_DIR)");
            }
        } catch (IOException e) {
            fail(EXIT_DATA_DIR, "cannot create data directory " + home + ": " + e.getMessage() + " (set NEO4J_DATA_DIR)");
        }

        DatabaseManagementService dbms = start(home, port, pageCache, txMax, txTotal, false);
        Throwable failure = defaultDatabaseFailure(dbms);
        if (failure != null && messageContains(failure, TORN_LOG_TAIL)) {
            // Every committed transaction is complete in the log; the torn end is the one whose commit failed, which
            // no client was told had succeeded. Recovering without it loses nothing that was acknowledged.
            warn("the transaction log ends in a partly written transaction (the disk filled, or the machine stopped, "
                    + "during a commit); recovering every complete transaction and dropping that one");
            dbms.shutdown();
            dbms = start(home, port, pageCache, txMax, txTotal, true);
            failure = defaultDatabaseFailure(dbms);
        }
        if (failure != null) {
            dbms.shutdown();
            fail(EXIT_FAILED, "the database did not start: " + rootMessage(failure) + " (details in " + home.resolve("logs/debug.log") + ")");
        }
        final DatabaseManagementService started = dbms;
        dbms.registerDatabaseEventListener(new DatabaseEventListenerAdapter() {
            @Override
            public void databasePanic(DatabaseEventContext context) {
                System.out.println(PANIC + " " + context.getDatabaseName() + " " + panicCause(started, context));
                System.out.flush();
                new Thread(() -> exitAfterPanic(started), "entente-neo4j-panic-exit").start();
            }
        });

        final DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.shutdown();
            System.out.println("ENTENTE_NEO4J_STOPPED");
            System.out.flush();
        }, "entente-neo4j-shutdown"));

        try {
            setCredentials(running, user, password);
        } catch (RuntimeException e) {
            fail(EXIT_FAILED, "cannot set the local Neo4j credentials: " + rootMessage(e));
        }

        if (args.length > 0 && "--exit-on-stdin-close".equals(args[0])) {
            watchStdin();
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    private static DatabaseManagementService start(Path home, int port, long pageCache, long txMax, long txTotal, boolean dropTornLogTail) {
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMax)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txTotal)
                    .setConfig(GraphDatabaseInternalSettings.fail_on_corrupted_log_files, !dropTornLogTail)
                    .build();
        } catch (Throwable t) {
            if (hasCause(t, BindException.class) || messageContains(t, "Address already in use")) {
                fail(EXIT_PORT_IN_USE, "port 127.0.0.1:" + port + " is already in use (stop the other process or set NEO4J_BOLT_PORT)");
            }
            if (messageContains(t, "lock")) {
                fail(EXIT_DATA_DIR, "data directory " + home + " is locked by another Neo4j process (stop it or set NEO4J_DATA_DIR)");
            }
            fail(EXIT_FAILED, "Neo4j failed to start: " + rootMessage(t) + " (details in " + home.resolve("logs/debug.log") + ")");
            throw new IllegalStateException("unreachable");
        }
    }

    /**
     * Null when the default database serves; else why it does not. The system database's status message says only
     * "Unable to start"; the cause (a torn transaction log, no space left) is held by Neo4j's DatabaseStateService,
     * reached through the embedded internal API because no public one exposes it.
     */
    private static Throwable defaultDatabaseFailure(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var states = system.getDependencyResolver().resolveDependency(DatabaseStateService.class);
        for (NamedDatabaseId id : states.stateOfAllDatabases().keySet()) {
            if (id.name().equals(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)) {
                Optional<Throwable> cause = states.causeOfFailure(id);
                if (cause.isPresent()) {
                    return cause.get();
                }
            }
        }
        // Not failed: build() has started it; the wait covers a database still finishing its start.
        boolean available = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(30_000);
        return available ? null : new IllegalStateException("the database did not become available within 30 s");
    }

    /**
     * A panicked database refuses every transaction until Neo4j restarts, so the process ends and the supervisor starts
     * a new one. Shutdown is given PANIC_SHUTDOWN to finish; on a full disk it retries its page flushes forever, and
     * the store needs none of them: the next start recovers it from the transaction log. Runs on its own thread (the
     * panicking one must not wait on its own shutdown), and halts so that the shutdown hook does not run it twice.
     */
    private static void exitAfterPanic(DatabaseManagementService dbms) {
        Thread shutdown = new Thread(dbms::shutdown, "entente-neo4j-panic-shutdown");
        shutdown.setDaemon(true);
        shutdown.start();
        try {
            shutdown.join(PANIC_SHUTDOWN.toMillis());
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(EXIT_PANIC);
    }

    /**
     * Why the database panicked, from its health monitor rather than its debug.log: on a full disk the log lies on the
     * same disk and may hold nothing. DatabaseHealth is internal; "" when it cannot be read, and the caller then falls
     * back to the log.
     */
    private static String panicCause(DatabaseManagementService dbms, DatabaseEventContext context) {
        try {
            var db = (GraphDatabaseAPI) dbms.database(context.getDatabaseName());
            Throwable cause = db.getDependencyResolver().resolveDependency(DatabaseHealth.class).causeOfPanic();
            return cause == null ? "" : rootMessage(cause).replace('\n', ' ');
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void warn(String message) {
        System.out.println(WARN + " " + message);
        System.out.flush();
    }

    /** The local database follows NEO4J_USER/NEO4J_PASSWORD, so changing them needs no manual step. */
    private static void setCredentials(DatabaseManagementService dbms, String user, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (!"neo4j".equals(user)) {
            system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        }
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has; that is the warm-start case.
            if (!messageContains(e, "cannot be the same")) {
                throw e;
            }
        }
    }

    /** When the parent process dies (even by SIGKILL) our stdin closes: shut down rather than linger as an orphan. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // ignore input; only end-of-stream matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            System.exit(0);
        }, "entente-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when `t` or one of its causes mentions `needle`. */
    private static boolean messageContains(Throwable t, String needle) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().toLowerCase().contains(needle.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void fail(int code, String message) {
        System.out.println(ERROR + " " + message);
        System.out.flush();
        System.exit(code);
    }
}
