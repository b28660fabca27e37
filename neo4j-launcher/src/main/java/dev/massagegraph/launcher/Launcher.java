package dev.massagegraph.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j community embedded with the Bolt connector, so the project has a real database
 * without Docker or a Neo4j installation. Prints one "READY bolt://host:port" line once the
 * default database is available; SIGTERM shuts Neo4j down cleanly (store flushed, lock released).
 *
 * Arguments: --home DIR --port N [--host H] [--pagecache-mb N] [--tx-memory-mb N] [--password P]
 *            [--parent-pid PID] [--read-only DB,DB...] [--tx-timeout-ms N]
 * --tx-timeout-ms sets db.transaction.timeout, the server's own limit for a transaction that
 * brings no timeout of its own (a shell, a tool, a forgotten code path); the API passes its
 * NEO4J_QUERY_TIMEOUT_MS plus a margin, so the API's own timeout always fires first. The
 * transaction monitor then looks for overdue transactions every 500 ms instead of every 2 s, so
 * a terminated statement stops soon after its deadline.
 * --read-only opens those databases read-only (server.databases.read_only), as Neo4j also does to
 * a database whose disk is full: the tests use it to see how the API answers a read-only store.
 * Without --password, auth is disabled (the listener is bound to loopback by default).
 * With --parent-pid, Neo4j shuts down when that process ends, so a crashed test run or API
 * process never leaves a database behind.
 */
public final class Launcher {
    /**
     * The launcher's own start-up transactions bring their own timeout: the first ones on a cold
     * database can take longer than a short --tx-timeout-ms on a busy machine.
     */
    private static final Duration STARTUP_TX_TIMEOUT = Duration.ofMinutes(5);

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        String host = opts.getOrDefault("host", "127.0.0.1");
        long pageCacheMb = Long.parseLong(opts.getOrDefault("pagecache-mb", "128"));
        long txMemoryMb = Long.parseLong(opts.getOrDefault("tx-memory-mb", "512"));
        String password = opts.get("password");
        // 0 = no server-side limit (Neo4j's own default).
        long txTimeoutMs = Long.parseLong(opts.getOrDefault("tx-timeout-ms", "0"));
        Files.createDirectories(home);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs))
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(500))
                // Small stores: no preallocated transaction logs, and only a little history kept.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.read_only_databases,
                        opts.containsKey("read-only") ? Set.of(opts.get("read-only").split(",")) : Set.of())
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (password != null) {
            setPassword(service, password);
        }
        String parentPid = opts.get("parent-pid");
        if (parentPid != null) {
            ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        // Touch the default database so READY means it accepts queries.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("RETURN 1", Map.of(), result -> null, STARTUP_TX_TIMEOUT);
        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password (idempotent), so the first login needs no password change. */
    private static void setPassword(DatabaseManagementService service, String password) {
        Map<String, Object> params = new HashMap<>();
        params.put("password", password);
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", params, result -> null,
                STARTUP_TX_TIMEOUT);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
