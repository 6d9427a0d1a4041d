package org.danvan.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.cases.internal.crypto.Keyring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys protecting petitioner identities, from the configuration PID {@code org.danvan.cases.crypto}
 * ({@code etc/org.danvan.cases.crypto.cfg}): outside the database, so a database dump alone reveals nothing.
 * <p>
 * On the first start, when the PID holds no keys, a keyring is generated and written to that file (owner-only
 * permissions, written to a temporary file and moved into place); Karaf's file install then feeds it back as the
 * configuration. Back the file up with the database: without it the protected data cannot be read. Rotation adds a
 * new active key and rewrites the file; old keys stay to decrypt until {@code danvan:case-reencrypt} has moved every
 * value to the new key.
 */
@Component(service = CaseKeys.class, immediate = true, configurationPid = CaseKeys.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class CaseKeys {

    public static final String PID = "org.danvan.cases.crypto";
    private static final Logger LOG = LoggerFactory.getLogger(CaseKeys.class);

    private final FieldCipher cipher;

    @Activate
    public CaseKeys(Map<String, Object> properties) {
        Keyring keyring = Keyring.fromProperties(properties);
        if (keyring == null) {
            // the file may exist before file install has delivered it as configuration (early in a start):
            // reading it here avoids ever generating keys over existing ones
            keyring = readFile();
        }
        if (keyring == null) {
            keyring = Keyring.generate();
            write(keyring, false);
            LOG.warn("Generated the identity encryption keys in {}: back this file up with the database", file());
        }
        this.cipher = new FieldCipher(keyring);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        Keyring keyring = Keyring.fromProperties(properties);
        if (keyring != null) {
            cipher.use(keyring);
            LOG.info("Identity encryption keys reloaded; active key {}", keyring.activeKeyId());
        }
    }

    /** The cipher using the current keys. */
    public FieldCipher cipher() {
        return cipher;
    }

    /** Adds a new active key, stores the keyring and uses it at once. */
    public synchronized void rotate(String newKeyId) {
        Keyring next = cipher.keyring().withNewActiveKey(newKeyId);
        write(next, true);
        cipher.use(next);
        LOG.info("Identity encryption key rotated; active key {}", newKeyId);
    }

    private static Path file() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null) {
            throw new IllegalStateException("karaf.etc is not set: configure " + PID + " with keys");
        }
        return Path.of(etc, PID + ".cfg");
    }

    private static Keyring readFile() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null || !Files.isRegularFile(Path.of(etc, PID + ".cfg"))) {
            return null;
        }
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(), e);
        }
        Map<String, Object> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        Keyring keyring = Keyring.fromProperties(values);
        if (keyring == null) {
            throw new IllegalStateException(file() + " exists but holds no keys: restore it from the backup");
        }
        return keyring;
    }

    /** Writes the keyring; a first generation never replaces an existing file. */
    private static void write(Keyring keyring, boolean replace) {
        Path target = file();
        Map<String, String> properties = new HashMap<>(keyring.toProperties());
        StringBuilder text = new StringBuilder("# DanVan case engine: keys protecting petitioner identities.\n"
                + "# Generated; never commit this file. Losing it makes the protected data unreadable.\n");
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append(" = ").append(e.getValue()).append('\n'));
        try {
            Path temp = Files.createTempFile(target.getParent(), ".cases-crypto-", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warn("Cannot restrict the permissions of {} on this file system", target);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (!replace && Files.exists(target)) {
                Files.delete(temp);
                throw new IllegalStateException(target + " appeared while generating keys; restart to use it");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
