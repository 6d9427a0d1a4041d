package org.danvan.platform.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** An H2 file database in a temporary directory. */
final class H2TestDatabase implements TestDatabase {

    /**
     * What the platform's H2 URL must carry: H2 2.x acknowledges a commit before writing it to the file and writes
     * in the background every WRITE_DELAY ms (500 by default); with 0 every commit writes its changes to the file
     * before returning. {@link H2KillDurabilityTest} proves it with kill -9.
     */
    static final String DURABLE_OPTIONS = ";WRITE_DELAY=0";

    private final Path directory;
    private final HikariDataSource dataSource;

    H2TestDatabase() {
        try {
            directory = Files.createTempDirectory("danvan-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataSource = pool(url(directory.resolve("danvan"), DURABLE_OPTIONS));
    }

    static String url(Path file, String options) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + options;
    }

    static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setPoolName("h2-test");
        return new HikariDataSource(config);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String expectedProductName() {
        return "H2";
    }

    @Override
    public void close() {
        dataSource.close();
        deleteRecursively(directory);
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
