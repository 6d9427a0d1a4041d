package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.danvan.platform.keys.internal.AesKeyRing;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.danvan.platform.keys.internal.RingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption and search hashes of the reception book's personal data, and the import of the old key file. */
class PersonalDataProtectorTest {

    /** Made by the reception book before the key service, master key = bytes 0, 3, 6 … 93. */
    private static final String OLD_MASTER_KEY = "AAMGCQwPEhUYGx4hJCcqLTAzNjk8P0JFSEtOUVRXWl0=";
    private static final String OLD_NAME = "v1:l7i1iPyyoTvxGSpsSpTdIougC1DYKHwpLe9tTVFDYF8qpFkYG6PetJi5rWUg2g==";
    private static final String OLD_NAME_INDEX = " 1cdc0493bc9aa330 6817006017113928 76ee3f3ae53c4c34 ";
    private static final String OLD_ID_INDEX = "4fad94d2396dedae25a4691ec2046285";

    @TempDir
    Path directory;

    private static PersonalDataProtector protector() {
        return new PersonalDataProtector(new AesKeyRing(PersonalDataProtector.PURPOSE, RingKeys.generate()));
    }

    @Test
    void valuesDecryptOnlyInTheirOwnColumnAndWithTheirOwnKey() {
        PersonalDataProtector protector = protector();
        String sealed = protector.encrypt("Nguyễn Thị Hồng Nhung", BookEntryMapper.NAME);

        assertFalse(sealed.contains("Nguy"));
        assertNotEquals(sealed, protector.encrypt("Nguyễn Thị Hồng Nhung", BookEntryMapper.NAME), "random IV");
        assertEquals("Nguyễn Thị Hồng Nhung", protector.decrypt(sealed, BookEntryMapper.NAME));
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed, BookEntryMapper.ADDRESS));
        assertThrows(IllegalStateException.class, () -> protector().decrypt(sealed, BookEntryMapper.NAME));
        int middle = sealed.length() / 2;
        String altered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);
        assertThrows(IllegalStateException.class, () -> protector.decrypt(altered, BookEntryMapper.NAME));
    }

    @Test
    void nameWordsHashTheSameWithOrWithoutDiacriticsButDifferPerKey() {
        PersonalDataProtector protector = protector();
        assertEquals(protector.nameIndex("Nguyễn Thị Hồng Nhung"), protector.nameIndex("nguyen thi hong NHUNG"));
        assertEquals(protector.wordHashes("Đức").get(0), protector.wordHashes("duc").get(0));
        assertNotEquals(protector.nameIndex("Nguyễn"), protector().nameIndex("Nguyễn"));
        assertTrue(protector.nameIndex("Lê Văn Dũng").matches("( [0-9a-f]{16}){3} "));
    }

    @Test
    void theOldKeyFileIsImportedSoOldEntriesAndTheirSearchHashesStayValid() throws IOException {
        Path old = directory.resolve("reception").resolve("personal-data.key");
        Files.createDirectories(old.getParent());
        Files.writeString(old, OLD_MASTER_KEY + "\n");
        System.setProperty("karaf.data", directory.resolve("data").toString());
        try {
            KeyServiceImpl keys = KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
            PersonalDataProtector.importLegacyKey(keys, old);
            PersonalDataProtector protector = new PersonalDataProtector(keys.ring(PersonalDataProtector.PURPOSE));

            assertEquals("Nguyễn Thị Hoa", protector.decrypt(OLD_NAME, BookEntryMapper.NAME));
            assertEquals(OLD_NAME_INDEX, protector.nameIndex("Nguyễn Thị Hoa"));
            assertEquals(OLD_ID_INDEX, protector.idNumberIndex("001203004567"));
            assertFalse(Files.exists(old), "the old key file left its place");

            // after a rotation and a restart the old value still decrypts, and counts as not current
            keys.rotate(PersonalDataProtector.PURPOSE, null);
            PersonalDataProtector restarted = new PersonalDataProtector(
                    KeyServiceImpl.onFile(directory.resolve("danvan.keys")).ring(PersonalDataProtector.PURPOSE));
            assertEquals("Nguyễn Thị Hoa", restarted.decrypt(OLD_NAME, BookEntryMapper.NAME));
            assertFalse(restarted.isCurrent(OLD_NAME));
            assertTrue(restarted.isCurrent(restarted.encrypt("x", BookEntryMapper.NAME)));
        } finally {
            System.clearProperty("karaf.data");
        }
    }

    @Test
    void aDamagedOldKeyFileIsRefusedWithoutCreatingARing() throws IOException {
        Path old = directory.resolve("personal-data.key");
        Files.writeString(old, "dG9vIHNob3J0");
        KeyServiceImpl keys = KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
        assertThrows(IllegalStateException.class, () -> PersonalDataProtector.importLegacyKey(keys, old));
        assertFalse(keys.hasRing(PersonalDataProtector.PURPOSE));
        assertTrue(Files.exists(old));
    }
}
