package org.danvan.dist.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A MariaDB server of one test's own — its own data directory, port and socket — that the test may kill and start
 * again (database outage tests) without touching the server at 127.0.0.1:3306 other tests share. Made with Debian's
 * {@code mariadb-install-db} and {@code mariadbd} (package mariadb-server); root without password, loopback only.
 */
public final class OwnMariaDbServer implements AutoCloseable {

    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");

    private final Path directory;
    private final int port;
    private ProcessHandle process;

    private OwnMariaDbServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Initialises a data directory under {@code workRoot} on a free port; nothing runs yet. */
    public static OwnMariaDbServer create(Path workRoot) {
        try {
            Files.createDirectories(workRoot);
            Path directory = Files.createTempDirectory(workRoot, "mariadb-").toRealPath();
            OwnMariaDbServer server = new OwnMariaDbServer(directory, LocalMachine.freePorts(1)[0]);
            LocalMachine.ProcessResult result = LocalMachine.run(List.of(INSTALL_DB.toString(), "--no-defaults",
                    "--datadir=" + server.dataDirectory(), "--user=" + System.getProperty("user.name"),
                    "--auth-root-authentication-method=normal", "--skip-test-db"), directory, Map.of(), null,
                    Duration.ofMinutes(3));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("mariadb-install-db failed:\n" + result.output());
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** {@code jdbc:mariadb://127.0.0.1:<port>/<database>} */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Starts mariadbd on the data directory and waits until it accepts connections. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Process started = new ProcessBuilder(SERVER.toString(), "--no-defaults",
                    "--datadir=" + dataDirectory(), "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + directory.resolve("mariadb.sock"), "--user=" + System.getProperty("user.name"),
                    "--pid-file=" + directory.resolve("mariadb.pid"), "--log-error=" + directory.resolve("error.log"),
                    "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("mariadbd.out").toFile()))
                    .start();
            process = started.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + SERVER, e);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("mariadbd did not come up on port " + port + ":\n" + errorLog());
            }
            sleep(100);
        }
    }

    /** Whether a connection can be opened now. */
    public boolean accepts() {
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000",
                "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Kills the server with SIGKILL (a crash: InnoDB recovers on the next start) and waits until it is gone. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            LocalMachine.awaitExit(process, Duration.ofSeconds(30));
            process = null;
        }
    }

    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String errorLog() {
        try {
            Path log = directory.resolve("error.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL); the data directory stays for inspection. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            if (!LocalMachine.awaitExit(process, Duration.ofSeconds(60))) {
                process.destroyForcibly();
                LocalMachine.awaitExit(process, Duration.ofSeconds(20));
            }
            process = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
