package org.danvan.platform.keys.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code MANIFEST.txt} of a backup: {@code name = value} facts (when, which database, whether the keys are in it),
 * then {@code sha256  path} of every other file. A restore reads nothing before every checksum matched.
 */
public final class Manifest {

    public static final String FILE = "MANIFEST.txt";
    private static final String CHECKSUMS = "# sha256  file";

    private final Map<String, String> facts;
    private final Map<String, String> checksums;

    private Manifest(Map<String, String> facts, Map<String, String> checksums) {
        this.facts = facts;
        this.checksums = checksums;
    }

    /** Writes the manifest of a backup directory: the facts and the checksum of every file in it. */
    public static Manifest write(Path backup, Map<String, String> facts) {
        Map<String, String> checksums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = backup.relativize(file).toString().replace('\\', '/');
                if (!name.equals(FILE)) {
                    checksums.put(name, sha256(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder("# DanVan backup\n");
        facts.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
        text.append(CHECKSUMS).append('\n');
        checksums.forEach((name, sum) -> text.append(sum).append("  ").append(name).append('\n'));
        try {
            Files.writeString(backup.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(facts, checksums);
    }

    /**
     * Reads the manifest of a backup directory and checks every file against it.
     *
     * @throws IllegalArgumentException naming the first missing, altered or unlisted file
     */
    public static Manifest verify(Path backup) {
        Path file = backup.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(backup + " is not a DanVan backup: " + FILE + " is missing");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, String> checksums = new TreeMap<>();
        boolean inChecksums = false;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.equals(CHECKSUMS)) {
                    inChecksums = true;
                } else if (line.isBlank() || line.startsWith("#")) {
                    continue;
                } else if (inChecksums) {
                    checksums.put(line.substring(66), line.substring(0, 64));
                } else {
                    int eq = line.indexOf(" = ");
                    facts.put(line.substring(0, eq), line.substring(eq + 3));
                }
            }
            List<String> present = new ArrayList<>();
            try (Stream<Path> files = Files.walk(backup)) {
                files.filter(Files::isRegularFile).map(p -> backup.relativize(p).toString().replace('\\', '/'))
                        .filter(name -> !name.equals(FILE)).forEach(present::add);
            }
            for (String name : present) {
                if (!checksums.containsKey(name)) {
                    throw new IllegalArgumentException("the backup holds a file its manifest does not list: " + name);
                }
            }
            for (Map.Entry<String, String> entry : checksums.entrySet()) {
                Path listed = backup.resolve(entry.getKey()).normalize();
                if (!listed.startsWith(backup) || !Files.isRegularFile(listed)) {
                    throw new IllegalArgumentException("the backup lacks " + entry.getKey());
                }
                if (!sha256(listed).equals(entry.getValue())) {
                    throw new IllegalArgumentException("the checksum of " + entry.getKey() + " does not match: "
                            + "the backup was altered or damaged");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the manifest of " + backup + " is damaged", e);
        }
        return new Manifest(facts, checksums);
    }

    /** A fact, or {@code null}. */
    public String fact(String name) {
        return facts.get(name);
    }

    /** The number of files listed with their checksum. */
    public int fileCount() {
        return checksums.size();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
