package org.danvan.platform.keys.internal.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MariaDB database of {@code etc/org.ops4j.datasource-danvan.cfg} dumped with {@code mariadb-dump
 * --single-transaction} (a consistent snapshot of InnoDB tables without locking DanVan out) and loaded with
 * {@code mariadb}; the password goes through the environment ({@code MYSQL_PWD}), never the command line.
 */
final class MariaDbDump {

    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    private final String host;
    private final String port;
    private final String database;
    private final String user;
    private final String password;

    MariaDbDump(Path etc) {
        Properties properties = new Properties();
        Path cfg = etc.resolve("org.ops4j.datasource-danvan.cfg");
        try (Reader reader = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cfg, e);
        }
        Matcher url = URL.matcher(properties.getProperty("url", "").strip());
        if (!url.matches()) {
            throw new IllegalStateException("the data source URL of " + cfg + " is not a MariaDB URL");
        }
        this.host = url.group(1);
        this.port = url.group(2) == null ? "3306" : url.group(2);
        this.database = url.group(3);
        this.user = properties.getProperty("user", "").strip();
        this.password = properties.getProperty("password", "").strip();
        if (password.startsWith("ENC(")) {
            throw new IllegalStateException("the data source password is encrypted: take the database dump with the "
                    + "DBA's own tools (README: Backup and restore)");
        }
    }

    void dump(Path target) {
        run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--default-character-set=utf8mb4",
                "--result-file=" + target.toAbsolutePath()), null);
        try {
            if (Files.size(target) == 0 || !Files.readString(target, StandardCharsets.UTF_8).contains("CREATE TABLE")) {
                throw new IllegalStateException("mariadb-dump wrote no tables into " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void load(Path dump) {
        run(List.of("mariadb", "--default-character-set=utf8mb4"), dump);
    }

    private void run(List<String> command, Path input) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("--host=" + host, "--port=" + port, "--user=" + user, database));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", password);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " cannot be run (is the MariaDB client installed?): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " was interrupted", e);
        }
    }
}
