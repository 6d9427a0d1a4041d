package org.danvan.platform.keys.internal.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of one DanVan installation: the database (H2: {@code SCRIPT}, a consistent snapshot taken
 * online; MariaDB: {@code mariadb-dump --single-transaction}), the attachment store, the configuration
 * ({@code etc/}) and the key rings sealed with the administrator's pass-phrase, with a manifest of checksums.
 * <p>
 * A restore checks every checksum and opens the sealed keys before it changes anything; then it writes the keys,
 * replaces the database, adds the attachments and puts back DanVan's own configuration ({@code org.danvan.*.cfg};
 * the rest of the backup's {@code etc/} is there to compare: ports, data source and users belong to the new host).
 * Once the backup is checked, and before anything changes, every bundle that could use the database meanwhile is
 * stopped ({@link Quiescence}); DanVan must be restarted afterwards, which starts them again.
 */
@Component(service = BackupService.class)
public class BackupService {

    static final String DATABASE_H2 = "database.sql.gz";
    static final String DATABASE_MARIADB = "database.sql";
    static final String KEYS = "keys.sealed";
    /**
     * Never copied with the configuration: keys in clear (the key file, the file of the time before it, and the
     * private ssh host key of this server, which a new host makes its own).
     */
    private static final Set<String> NOT_CONFIGURATION = Set.of("danvan.keys", "org.danvan.cases.crypto.cfg",
            "host.key");
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final KeyServiceImpl keys;
    private final Path etc;
    private final Path data;
    private final Supplier<List<String>> quiescence;

    @Activate
    public BackupService(@Reference(target = "(dataSourceName=danvan)") DataSource dataSource,
            @Reference KeyService keys, BundleContext context) {
        this(dataSource, (KeyServiceImpl) keys, Path.of(System.getProperty("karaf.etc", "etc")),
                Path.of(System.getProperty("karaf.data", "data")), new Quiescence(context));
    }

    /** On directories of the caller's (tests): nothing else runs, so nothing is stopped before a restore. */
    public BackupService(DataSource dataSource, KeyServiceImpl keys, Path etc, Path data) {
        this(dataSource, keys, etc, data, List::of);
    }

    private BackupService(DataSource dataSource, KeyServiceImpl keys, Path etc, Path data,
            Supplier<List<String>> quiescence) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.etc = etc;
        this.data = data;
        this.quiescence = quiescence;
    }

    /**
     * Takes a backup into a new (or empty) directory, created owner-only.
     *
     * @param passphrase seals the keys; {@code null} takes the backup without the keys (it cannot bring back any
     *        protected identity on another installation)
     * @return what was written, one line each
     */
    public List<String> backup(Path target, char[] passphrase) {
        if (passphrase != null) {
            SealedKeys.requireStrong(passphrase);
        }
        prepareTarget(target);
        List<String> report = new ArrayList<>();
        String product = databaseProduct();
        if (isH2(product)) {
            execute("SCRIPT TO " + literal(target.resolve(DATABASE_H2)) + " COMPRESSION GZIP");
            report.add("database (H2 SCRIPT): " + DATABASE_H2);
        } else {
            new MariaDbDump(etc).dump(target.resolve(DATABASE_MARIADB));
            report.add("database (mariadb-dump --single-transaction): " + DATABASE_MARIADB);
        }
        int attachments = copyTree(attachmentStore(), target.resolve("attachments"), name -> true);
        report.add("attachments: " + attachments + " files");
        int configuration = copyTree(etc, target.resolve("etc"), name -> !NOT_CONFIGURATION.contains(name));
        report.add("configuration: " + configuration + " files of etc/ (without keys)");
        if (passphrase != null) {
            write(target.resolve(KEYS), SealedKeys.seal(keys.fileText(), passphrase));
            report.add("keys: " + keys.purposes() + " sealed with the pass-phrase in " + KEYS);
        } else {
            LOG.warn("Backup {} taken WITHOUT the keys: the protected identities in it cannot be read elsewhere",
                    target);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("created", Instant.now().toString());
        facts.put("database", isH2(product) ? "H2" : "MariaDB");
        facts.put("keys", passphrase != null ? "sealed" : "ABSENT");
        facts.put("attachments", Integer.toString(attachments));
        Manifest manifest = Manifest.write(target, facts);
        report.add("manifest: " + Manifest.FILE + " with the SHA-256 of " + manifest.fileCount() + " files");
        LOG.info("Backup taken into {} ({} files)", target, manifest.fileCount());
        return report;
    }

    /**
     * Restores a backup onto this installation.
     *
     * @param passphrase opens the sealed keys; {@code null} only for a backup without keys
     * @throws IllegalArgumentException before anything changed when the backup is damaged, the pass-phrase is wrong,
     *         or the backup's database is of another kind
     */
    public List<String> restore(Path source, char[] passphrase) {
        Manifest manifest = Manifest.verify(source);
        String keyText = null;
        if ("sealed".equals(manifest.fact("keys"))) {
            if (passphrase == null) {
                throw new IllegalArgumentException("the backup's keys are sealed: give the pass-phrase");
            }
            keyText = SealedKeys.open(read(source.resolve(KEYS)), passphrase);
        } else if (passphrase != null) {
            throw new IllegalArgumentException("this backup holds no keys: nothing to open with the pass-phrase");
        }
        String product = databaseProduct();
        String kind = isH2(product) ? "H2" : "MariaDB";
        if (!kind.equals(manifest.fact("database"))) {
            throw new IllegalArgumentException("the backup is of a " + manifest.fact("database")
                    + " database, this installation runs on " + kind);
        }
        List<String> report = new ArrayList<>();
        report.add("checked: " + manifest.fileCount() + " files match their SHA-256 in " + Manifest.FILE);
        List<String> stopped = quiescence.get();
        if (!stopped.isEmpty()) {
            report.add("stopped until the restart: " + stopped.size() + " bundles (screens, case engine, modules and "
                    + "scheduled jobs), so that nothing uses the database while it is replaced");
        }
        if (keyText != null) {
            keys.restore(keyText);
            report.add("keys: restored into " + keys.file());
        }
        if (isH2(product)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
                s.execute("RUNSCRIPT FROM " + literal(source.resolve(DATABASE_H2)) + " COMPRESSION GZIP");
            } catch (SQLException e) {
                throw new IllegalStateException("the H2 restore failed: " + e.getMessage(), e);
            }
        } else {
            new MariaDbDump(etc).load(source.resolve(DATABASE_MARIADB));
        }
        report.add("database: replaced by the backup's");
        Path attachments = source.resolve("attachments");
        int files = Files.isDirectory(attachments) ? copyTree(attachments, attachmentStore(), name -> true) : 0;
        report.add("attachments: " + files + " files");
        int configuration = 0;
        Path backupEtc = source.resolve("etc");
        if (Files.isDirectory(backupEtc)) {
            try (Stream<Path> list = Files.list(backupEtc)) {
                for (Path file : list.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("org.danvan.") && name.endsWith(".cfg") && !NOT_CONFIGURATION.contains(name)) {
                        Files.copy(file, etc.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        configuration++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        report.add("configuration: " + configuration + " org.danvan.*.cfg files (the rest of the backup's etc/ is "
                + "left to compare by hand)");
        LOG.warn("Backup {} restored: restart DanVan now", source);
        return report;
    }

    /** The attachment store: {@code contentStore} of {@code etc/org.danvan.cases.cfg}, else the default. */
    Path attachmentStore() {
        Path cfg = etc.resolve("org.danvan.cases.cfg");
        if (Files.isRegularFile(cfg)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String configured = properties.getProperty("contentStore", "").strip();
            if (!configured.isEmpty()) {
                return Path.of(configured);
            }
        }
        return data.resolve("danvan").resolve("attachments");
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static boolean isH2(String product) {
        return product.toUpperCase(java.util.Locale.ROOT).contains("H2");
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the database backup failed: " + e.getMessage(), e);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void prepareTarget(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(target + " is not empty: a backup goes into a new directory");
                    }
                }
            } else {
                Files.createDirectories(target);
            }
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                LOG.warn("Cannot restrict the permissions of {} on this file system", target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        }
    }

    /** Copies the regular files of a tree whose names pass the filter; returns how many. */
    private static int copyTree(Path from, Path to, java.util.function.Predicate<String> names) {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!names.test(file.getFileName().toString())) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
        return count;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
