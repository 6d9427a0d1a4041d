package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys are generated once into etc/, read back rather than regenerated, and rotated in place. */
class CaseKeysTest {

    private Path etc;
    private String previous;

    @BeforeEach
    void etc() throws IOException {
        etc = Files.createTempDirectory("danvan-etc-");
        previous = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", etc.toString());
    }

    @AfterEach
    void restore() throws IOException {
        if (previous == null) {
            System.clearProperty("karaf.etc");
        } else {
            System.setProperty("karaf.etc", previous);
        }
        try (var files = Files.list(etc)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(etc);
    }

    @Test
    void generatesOnceOwnerOnlyAndNeverOverwrites() throws IOException {
        CaseKeys first = new CaseKeys(Map.of());
        Path file = etc.resolve(CaseKeys.PID + ".cfg");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String sealed = first.cipher().encrypt("Hoàng Thị Mật", 1, 0, "name");

        // a second start before file install delivered the configuration reads the file instead of generating
        CaseKeys second = new CaseKeys(Map.of());
        assertEquals("Hoàng Thị Mật", second.cipher().decrypt(sealed, 1, 0, "name"));

        second.rotate("k2");
        assertTrue(Files.readString(file).contains("activeKeyId = k2"));
        CaseKeys third = new CaseKeys(Map.of());
        assertEquals("k2", third.cipher().keyring().activeKeyId());
        assertEquals("Hoàng Thị Mật", third.cipher().decrypt(sealed, 1, 0, "name"), "old keys still decrypt");
    }
}
