package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keys the case engine kept in {@code etc/org.danvan.cases.crypto.cfg} before the key service move into the
 * platform's key file with their ids: a value the old code encrypted (a fixed vector made with the engine before the
 * move) still decrypts, and its blind index still matches.
 */
class CaseKeysTest {

    /** Made by the case engine before the key service: k1 = bytes 0..31, index key = bytes 100..131. */
    private static final String OLD_NAME = "v1:k1:Ygj2DPB8WSZP/wTdregY/nw/GjUWSIUc+b6xERS5bGeE4AnKI0iuaf2Wtj6IBDc=";
    private static final String OLD_INDEX = "f5043889d0a596cf99df4df9f1700b6ca101bfb5812c6dc823e6ed1c53c37a17";

    private Path home;
    private String previousData;

    @BeforeEach
    void home() throws IOException {
        home = Files.createTempDirectory("danvan-home-");
        Files.createDirectories(home.resolve("etc"));
        previousData = System.getProperty("karaf.data");
        System.setProperty("karaf.data", home.resolve("data").toString());
    }

    @AfterEach
    void clean() throws IOException {
        if (previousData == null) {
            System.clearProperty("karaf.data");
        } else {
            System.setProperty("karaf.data", previousData);
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theOldKeyFileIsImportedOnceAndItsCiphertextStaysReadable() throws IOException {
        byte[] k1 = new byte[32];
        byte[] index = new byte[32];
        for (int i = 0; i < 32; i++) {
            k1[i] = (byte) i;
            index[i] = (byte) (100 + i);
        }
        Path legacy = home.resolve("etc").resolve(CaseKeys.LEGACY_PID + ".cfg");
        Files.writeString(legacy, "# DanVan case engine: keys protecting petitioner identities.\n"
                + "activeKeyId = k1\nindexKey = " + Base64.getEncoder().encodeToString(index) + "\nkey.k1 = "
                + Base64.getEncoder().encodeToString(k1) + "\n");
        Path keyFile = home.resolve("etc").resolve("danvan.keys");

        CaseKeys migrated = new CaseKeys(KeyServiceImpl.onFile(keyFile), legacy);
        assertEquals("Trịnh Quang Vĩnh", migrated.cipher().decrypt(OLD_NAME, 42, 0, "name"));
        assertEquals(OLD_INDEX, migrated.cipher().blindIndex("trinh quang vinh"), "blind indexes keep matching");
        assertFalse(Files.exists(legacy), "the keys live in one place: the old file left etc/");
        try (Stream<Path> retired = Files.list(home.resolve("data").resolve("retired-keys"))) {
            assertEquals(1, retired.count(), "the old file is kept aside, not deleted");
        }
        assertTrue(Files.readString(keyFile).contains("case-identity.active = k1"));

        // the next start reads the key file; a rotation keeps the imported key for the old values
        KeyServiceImpl restarted = KeyServiceImpl.onFile(keyFile);
        CaseKeys next = new CaseKeys(restarted, legacy);
        assertEquals("Trịnh Quang Vĩnh", next.cipher().decrypt(OLD_NAME, 42, 0, "name"));
        restarted.rotate(CaseKeys.PURPOSE, null);
        assertTrue(next.cipher().encrypt("x", 1, 0, "name").startsWith("v1:k2:"));
        assertFalse(next.cipher().isCurrent(OLD_NAME));
        assertEquals("Trịnh Quang Vĩnh", new CaseKeys(KeyServiceImpl.onFile(keyFile), legacy).cipher()
                .decrypt(OLD_NAME, 42, 0, "name"));
    }

    @Test
    void withoutAnOldFileAFreshRingIsCreatedOwnerOnly() throws IOException {
        Path keyFile = home.resolve("etc").resolve("danvan.keys");
        CaseKeys keys = new CaseKeys(KeyServiceImpl.onFile(keyFile), home.resolve("etc/none.cfg"));
        String sealed = keys.cipher().encrypt("Hoàng Thị Mật", 1, 0, "name");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keyFile)));
        assertEquals("Hoàng Thị Mật", new CaseKeys(KeyServiceImpl.onFile(keyFile), home.resolve("etc/none.cfg"))
                .cipher().decrypt(sealed, 1, 0, "name"), "read back, never regenerated");
    }
}
