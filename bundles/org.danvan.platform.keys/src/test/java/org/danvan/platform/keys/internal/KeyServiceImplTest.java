package org.danvan.platform.keys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.api.keys.Reencryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rings per purpose in one owner-only file: created once, rotated, imported, restored, re-encrypted. */
class KeyServiceImplTest {

    @TempDir
    Path directory;

    @Test
    void ringsAreCreatedOnceIntoOneOwnerOnlyFileAndReadBackAfterARestart() throws IOException {
        Path file = directory.resolve("danvan.keys");
        KeyServiceImpl keys = KeyServiceImpl.onFile(file);
        KeyRing cases = keys.ring("case-identity");
        KeyRing contacts = keys.ring("grassroots-contacts");
        String sealed = cases.encrypt("Trịnh Quang Vĩnh", "row-1");
        assertTrue(sealed.startsWith("v1:k1:"), sealed);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Set.of("case-identity", "grassroots-contacts"), keys.purposes());
        assertThrows(IllegalStateException.class, () -> contacts.decrypt(sealed, "row-1"), "rings do not share keys");
        assertThrows(IllegalStateException.class, () -> cases.decrypt(sealed, "row-2"), "bound to its row");
        assertNotEquals(cases.blindIndex("x"), contacts.blindIndex("x"));

        KeyServiceImpl restarted = KeyServiceImpl.onFile(file);
        assertEquals("Trịnh Quang Vĩnh", restarted.ring("case-identity").decrypt(sealed, "row-1"));
        assertEquals(cases.blindIndex("x"), restarted.ring("case-identity").blindIndex("x"));
        assertThrows(IllegalArgumentException.class, () -> keys.ring("Case Identity"));
    }

    @Test
    void rotationAddsAnActiveKeyTheRingInUseFollowsAndKeepsTheIndexKey() {
        KeyServiceImpl keys = KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
        KeyRing ring = keys.ring("case-identity");
        String old = ring.encrypt("bí mật", "a");
        String index = ring.blindIndex("id|1");
        assertEquals("k2", keys.rotate("case-identity", null));
        assertEquals("k2", ring.activeKeyId(), "the ring handed out earlier follows the rotation");
        assertTrue(ring.encrypt("x", "a").startsWith("v1:k2:"));
        assertFalse(ring.isCurrent(old));
        assertEquals("bí mật", ring.decrypt(old, "a"));
        assertEquals(index, ring.blindIndex("id|1"));
        assertThrows(IllegalArgumentException.class, () -> keys.rotate("case-identity", "k1"), "ids are not reused");
        assertEquals("k2", KeyServiceImpl.onFile(directory.resolve("danvan.keys")).ring("case-identity")
                .activeKeyId(), "the rotation is in the file");
    }

    @Test
    void anImportNeverReplacesKeysAndARestoreSwitchesTheRingsInUse() {
        KeyServiceImpl keys = KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
        byte[] key = new byte[32];
        byte[] index = new byte[32];
        index[0] = 1;
        KeyRing imported = keys.importRing("reception-personal-data", Map.of("old", key), "old", index, null);
        assertEquals("old", imported.activeKeyId());
        assertThrows(IllegalStateException.class,
                () -> keys.importRing("reception-personal-data", Map.of("old", key), "old", index, null));

        KeyServiceImpl other = KeyServiceImpl.onFile(directory.resolve("other.keys"));
        String sealedElsewhere = other.ring("reception-personal-data").encrypt("Lê Thị Thu", "c");
        assertThrows(IllegalStateException.class, () -> imported.decrypt(sealedElsewhere, "c"));
        keys.restore(other.fileText());
        assertEquals("Lê Thị Thu", imported.decrypt(sealedElsewhere, "c"), "the ring in use has the restored keys");
        assertEquals("Lê Thị Thu", KeyServiceImpl.onFile(directory.resolve("danvan.keys"))
                .ring("reception-personal-data").decrypt(sealedElsewhere, "c"));
    }

    @Test
    void reencryptionRunsTheRegisteredBundlesOfAPurpose() {
        KeyServiceImpl keys = KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
        keys.addReencryption(reencryption("case-identity", 3));
        keys.addReencryption(reencryption("reception-personal-data", 2));
        assertEquals(Map.of("case-identity", 3), keys.reencrypt("case-identity"));
        assertEquals(Map.of("case-identity", 3, "reception-personal-data", 2), keys.reencrypt(null));
        assertThrows(IllegalArgumentException.class, () -> keys.reencrypt("grassroots-contacts"));
    }

    private static Reencryption reencryption(String purpose, int rows) {
        return new Reencryption() {
            @Override
            public String purpose() {
                return purpose;
            }

            @Override
            public int reencryptAll() {
                return rows;
            }
        };
    }
}
