package org.danvan.platform.keys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.keys.Reencryption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key rings of the platform in one file, {@code etc/danvan.keys} unless the PID {@code org.danvan.platform.keys}
 * names another ({@code keyFile}). Every change (a new ring, an import, a rotation) rewrites the file before it is
 * used, so no value is ever encrypted under a key the file lacks.
 */
@Component(service = KeyService.class, immediate = true, configurationPid = KeyServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class KeyServiceImpl implements KeyService {

    public static final String PID = "org.danvan.platform.keys";
    private static final Logger LOG = LoggerFactory.getLogger(KeyServiceImpl.class);

    private final Path file;
    private final Map<String, AesKeyRing> rings = new TreeMap<>();
    private final List<Reencryption> reencryptions = new CopyOnWriteArrayList<>();

    @Activate
    public KeyServiceImpl(Map<String, Object> properties) {
        this(keyFile(properties), true);
    }

    private KeyServiceImpl(Path file, boolean load) {
        this.file = file;
        if (load) {
            KeyFile.read(file).forEach((purpose, keys) -> rings.put(purpose, new AesKeyRing(purpose, keys)));
        }
        LOG.info("Key rings {} from {}", rings.keySet(), file);
    }

    /** The service on a key file of the caller's (outside OSGi: tests, migrations). */
    public static KeyServiceImpl onFile(Path file) {
        return new KeyServiceImpl(file, true);
    }

    /** The key file of a configuration: {@code keyFile}, or {@code ${karaf.etc}/danvan.keys}. */
    public static Path keyFile(Map<String, ?> properties) {
        Object configured = properties == null ? null : properties.get("keyFile");
        if (configured != null && !configured.toString().isBlank()) {
            return Path.of(configured.toString().strip());
        }
        return Path.of(System.getProperty("karaf.etc", "etc"), "danvan.keys");
    }

    /** The key file. */
    public Path file() {
        return file;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReencryption(Reencryption reencryption) {
        reencryptions.add(reencryption);
    }

    void removeReencryption(Reencryption reencryption) {
        reencryptions.remove(reencryption);
    }

    @Override
    public synchronized KeyRing ring(String purpose) {
        requirePurpose(purpose);
        AesKeyRing ring = rings.get(purpose);
        if (ring == null) {
            ring = store(purpose, RingKeys.generate());
            LOG.warn("Generated the key ring {} in {}: back it up (danvan:backup)", purpose, file);
        }
        return ring;
    }

    @Override
    public synchronized boolean hasRing(String purpose) {
        return rings.containsKey(purpose);
    }

    @Override
    public synchronized Set<String> purposes() {
        return Collections.unmodifiableSet(new TreeSet<>(rings.keySet()));
    }

    @Override
    public synchronized String rotate(String purpose, String newKeyId) {
        requirePurpose(purpose);
        AesKeyRing ring = rings.get(purpose);
        if (ring == null) {
            throw new IllegalArgumentException("no key ring " + purpose + "; known: " + rings.keySet());
        }
        RingKeys next = ring.keys().withNewActiveKey(newKeyId);
        Map<String, RingKeys> all = snapshot();
        all.put(purpose, next);
        KeyFile.write(file, all);
        ring.use(next);
        LOG.info("Key ring {} rotated; active key {}", purpose, next.activeKeyId());
        return next.activeKeyId();
    }

    @Override
    public synchronized KeyRing importRing(String purpose, Map<String, byte[]> dataKeys, String activeKeyId,
            byte[] indexKey, Path oldFile) {
        requirePurpose(purpose);
        if (rings.containsKey(purpose)) {
            throw new IllegalStateException("the key ring " + purpose + " exists: an import never replaces keys");
        }
        AesKeyRing ring = store(purpose, new RingKeys(dataKeys, activeKeyId, indexKey));
        if (oldFile == null) {
            LOG.warn("Imported the keys of {} into {}", purpose, file);
        } else {
            Path retired = retire(oldFile);
            LOG.warn("Imported the keys of {} from {} into {}; the old file is now {}: delete it once a backup "
                    + "(danvan:backup) holds the key file", purpose, oldFile, file, retired);
        }
        return ring;
    }

    @Override
    public Map<String, Integer> reencrypt(String purpose) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Reencryption reencryption : reencryptions) {
            if (purpose == null || purpose.equals(reencryption.purpose())) {
                counts.merge(reencryption.purpose(), reencryption.reencryptAll(), Integer::sum);
            }
        }
        if (purpose != null && counts.isEmpty()) {
            throw new IllegalArgumentException("no bundle keeps data of the key ring " + purpose);
        }
        return counts;
    }

    /** The key file's text as it is now (for the backup, which wraps it). */
    public synchronized String fileText() {
        return KeyFile.format(snapshot());
    }

    private static Path retire(Path oldFile) {
        Path directory = Path.of(System.getProperty("karaf.data", "data"), "retired-keys");
        try {
            Path target = directory.resolve(oldFile.getFileName() + "." + System.currentTimeMillis());
            KeyFile.writeOwnerOnly(target, Files.readAllBytes(oldFile));
            Files.delete(oldFile);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the imported key file " + oldFile + " aside", e);
        }
    }

    /**
     * Replaces every ring by those of a key file's text (a restore): the file is written first, then the rings in
     * use switch to the restored keys at once. Rings the text lacks are kept.
     */
    public synchronized void restore(String keyFileText) {
        Map<String, RingKeys> restored = KeyFile.parse(keyFileText);
        Map<String, RingKeys> all = snapshot();
        all.putAll(restored);
        KeyFile.write(file, all);
        restored.forEach((purpose, keys) -> {
            AesKeyRing ring = rings.get(purpose);
            if (ring == null) {
                rings.put(purpose, new AesKeyRing(purpose, keys));
            } else {
                ring.use(keys);
            }
        });
        LOG.warn("Key rings {} restored into {}", restored.keySet(), file);
    }

    private AesKeyRing store(String purpose, RingKeys keys) {
        Map<String, RingKeys> all = snapshot();
        all.put(purpose, keys);
        KeyFile.write(file, all);
        AesKeyRing ring = new AesKeyRing(purpose, keys);
        rings.put(purpose, ring);
        return ring;
    }

    private Map<String, RingKeys> snapshot() {
        Map<String, RingKeys> all = new TreeMap<>();
        rings.forEach((purpose, ring) -> all.put(purpose, ring.keys()));
        return all;
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || !purpose.matches(PURPOSE_PATTERN)) {
            throw new IllegalArgumentException("a key ring purpose is 1-40 lower-case letters, digits and '-': "
                    + purpose);
        }
    }
}
