package org.danvan.cases.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.danvan.platform.keys.internal.AesKeyRing;
import org.danvan.platform.keys.internal.RingKeys;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(new AesKeyRing("case-identity", RingKeys.generate()));

    @Test
    void encryptsWithARandomIvAndTheKeyIdAndBindsCaseAndField() {
        String a = cipher.encrypt("Nguyễn Văn An", 7, 0, "name");
        String b = cipher.encrypt("Nguyễn Văn An", 7, 0, "name");
        assertNotEquals(a, b, "a fresh IV per value");
        assertTrue(a.startsWith("v1:k1:"), a);
        assertEquals(12 + "Nguyễn Văn An".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16, Base64.getDecoder().decode(a.substring(6)).length, "IV, text, tag");
        assertEquals("Nguyễn Văn An", cipher.decrypt(a, 7, 0, "name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(a, 8, 0, "name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(a, 7, 1, "name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(a, 7, 0, "address"));
        String tampered = a.substring(0, a.length() - 4) + (a.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered, 7, 0, "name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("Nguyễn Văn An", 7, 0, "name"));
    }
}
