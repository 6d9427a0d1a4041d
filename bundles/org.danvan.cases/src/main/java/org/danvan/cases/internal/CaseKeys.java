package org.danvan.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.platform.api.keys.KeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The keys protecting petitioner identities: the platform key ring {@code case-identity}. Before the key service,
 * the case engine kept them in {@code etc/org.danvan.cases.crypto.cfg} ({@code activeKeyId}, {@code indexKey},
 * {@code key.<id>}, base64); when the ring does not exist yet and that file does, its keys are imported with their
 * ids, so every value encrypted before stays readable, and the file is retired (see
 * {@link KeyService#importRing}).
 */
@Component(service = CaseKeys.class, immediate = true)
public class CaseKeys {

    /** The key ring of petitioner identities. */
    public static final String PURPOSE = "case-identity";
    /** The configuration PID that held the keys before the key service. */
    static final String LEGACY_PID = "org.danvan.cases.crypto";

    private final FieldCipher cipher;

    @Activate
    public CaseKeys(@Reference KeyService keys) {
        this(keys, Path.of(System.getProperty("karaf.etc", "etc"), LEGACY_PID + ".cfg"));
    }

    CaseKeys(KeyService keys, Path legacyFile) {
        if (!keys.hasRing(PURPOSE) && Files.isRegularFile(legacyFile)) {
            importLegacy(keys, legacyFile);
        }
        this.cipher = new FieldCipher(keys.ring(PURPOSE));
    }

    /** The cipher using the current keys. */
    public FieldCipher cipher() {
        return cipher;
    }

    private static void importLegacy(KeyService keys, Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String active = properties.getProperty("activeKeyId");
        String index = properties.getProperty("indexKey");
        if (active == null || index == null) {
            throw new IllegalStateException(file + " exists but holds no keys: restore it from the backup");
        }
        Map<String, byte[]> dataKeys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                dataKeys.put(name.substring(4), decode(properties.getProperty(name)));
            }
        }
        keys.importRing(PURPOSE, dataKeys, active.strip(), decode(index), file);
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }
}
