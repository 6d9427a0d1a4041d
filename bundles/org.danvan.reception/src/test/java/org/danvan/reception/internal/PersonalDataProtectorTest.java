package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption, search hashes and the key file of the reception book's personal data. */
class PersonalDataProtectorTest {

    @TempDir
    Path directory;

    private static PersonalDataProtector protector(int seed) {
        byte[] key = new byte[PersonalDataProtector.KEY_BYTES];
        key[0] = (byte) seed;
        return new PersonalDataProtector(key);
    }

    @Test
    void valuesDecryptOnlyInTheirOwnColumnAndWithTheirOwnKey() {
        PersonalDataProtector protector = protector(1);
        String sealed = protector.encrypt("Nguyễn Thị Hồng Nhung", BookEntryMapper.NAME);

        assertFalse(sealed.contains("Nguy"));
        assertNotEquals(sealed, protector.encrypt("Nguyễn Thị Hồng Nhung", BookEntryMapper.NAME), "random IV");
        assertEquals("Nguyễn Thị Hồng Nhung", protector.decrypt(sealed, BookEntryMapper.NAME));
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed, BookEntryMapper.ADDRESS));
        assertThrows(IllegalStateException.class, () -> protector(2).decrypt(sealed, BookEntryMapper.NAME));
        int middle = sealed.length() / 2;
        String altered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);
        assertThrows(IllegalStateException.class, () -> protector.decrypt(altered, BookEntryMapper.NAME));
    }

    @Test
    void nameWordsHashTheSameWithOrWithoutDiacriticsButDifferPerKey() {
        PersonalDataProtector protector = protector(1);
        assertEquals(protector.nameIndex("Nguyễn Thị Hồng Nhung"), protector.nameIndex("nguyen thi hong NHUNG"));
        assertEquals(protector.wordHashes("Đức").get(0), protector.wordHashes("duc").get(0));
        assertNotEquals(protector.nameIndex("Nguyễn"), protector(2).nameIndex("Nguyễn"));
        assertTrue(protector.nameIndex("Lê Văn Dũng").matches("( [0-9a-f]{16}){3} "));
    }

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndReadBack() throws IOException {
        Path file = directory.resolve("reception").resolve("personal-data.key");
        byte[] created = PersonalDataProtector.loadOrCreateKey(file);
        assertEquals(PersonalDataProtector.KEY_BYTES, created.length);
        assertArrayEquals(created, PersonalDataProtector.loadOrCreateKey(file));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        Files.writeString(file, "dG9vIHNob3J0");
        assertThrows(IllegalStateException.class, () -> PersonalDataProtector.loadOrCreateKey(file));
    }
}
