package org.danvan.platform.keys.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.danvan.platform.api.keys.KeyService;

/**
 * The platform's key file: every ring as {@code <purpose>.active}, {@code <purpose>.index} and
 * {@code <purpose>.key.<id>} (base64) in a properties text, written owner-only, to a temporary file moved into place.
 */
public final class KeyFile {

    private static final String HEADER = "# DanVan key rings: the keys of every encrypted personal datum. Generated; never commit\n"
            + "# this file. Losing it makes the protected data unreadable: danvan:backup takes it, wrapped.\n";

    private KeyFile() {
    }

    /** The rings of a key file; empty when it does not exist. */
    public static Map<String, RingKeys> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file, e);
        }
    }

    /** The rings of a key file's text. */
    public static Map<String, RingKeys> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, RingKeys> rings = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.endsWith(".active")) {
                continue;
            }
            String purpose = name.substring(0, name.length() - ".active".length());
            if (!purpose.matches(KeyService.PURPOSE_PATTERN)) {
                throw new IllegalStateException("the key file names an invalid purpose: " + purpose);
            }
            Map<String, byte[]> keys = new TreeMap<>();
            String prefix = purpose + ".key.";
            properties.stringPropertyNames().stream().filter(n -> n.startsWith(prefix))
                    .forEach(n -> keys.put(n.substring(prefix.length()), decode(properties.getProperty(n))));
            String index = properties.getProperty(purpose + ".index");
            if (index == null) {
                throw new IllegalStateException("the key file lacks the index key of " + purpose);
            }
            rings.put(purpose, new RingKeys(keys, properties.getProperty(name).strip(), decode(index)));
        }
        return rings;
    }

    /** The text of a key file holding these rings. */
    public static String format(Map<String, RingKeys> rings) {
        StringBuilder text = new StringBuilder(HEADER);
        new TreeMap<>(rings).forEach((purpose, keys) -> {
            text.append(purpose).append(".active = ").append(keys.activeKeyId()).append('\n');
            text.append(purpose).append(".index = ").append(encode(keys.indexKey().getEncoded())).append('\n');
            new TreeMap<>(keys.dataKeys()).forEach((id, key) -> text.append(purpose).append(".key.").append(id)
                    .append(" = ").append(encode(key.getEncoded())).append('\n'));
        });
        return text.toString();
    }

    /** Writes the rings: owner-only, never seen half-written; then reads them back to prove the write. */
    public static void write(Path file, Map<String, RingKeys> rings) {
        writeOwnerOnly(file, format(rings).getBytes(StandardCharsets.UTF_8));
        Map<String, RingKeys> back = read(file);
        if (!back.keySet().equals(rings.keySet())
                || !rings.entrySet().stream().allMatch(e -> e.getValue().sameAs(back.get(e.getKey())))) {
            throw new IllegalStateException("the key file " + file + " does not read back as written");
        }
    }

    /** Writes bytes to a file readable by its owner only, through a temporary file moved into place. */
    public static void writeOwnerOnly(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".danvan-", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions apply
            }
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return Base64.getDecoder().decode(text.strip());
    }
}
