package org.danvan.cases.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(Keyring.generate());

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
    }

    @Test
    void keyringsRoundTripThroughConfigurationAndRotate() {
        Keyring rotated = cipher.keyring().withNewActiveKey("k2");
        Keyring read = Keyring.fromProperties(rotated.toProperties());
        assertEquals("k2", read.activeKeyId());
        String old = cipher.encrypt("bí mật", 1, 0, "notes");
        FieldCipher next = new FieldCipher(read);
        assertEquals("bí mật", next.decrypt(old, 1, 0, "notes"));
        assertTrue(next.encrypt("x", 1, 0, "notes").startsWith("v1:k2:"));
        assertEquals(cipher.blindIndex("id|a|1"), next.blindIndex("id|a|1"), "the index key survives rotation");
        assertThrows(IllegalArgumentException.class, () -> rotated.withNewActiveKey("k1"));
        assertEquals(null, Keyring.fromProperties(java.util.Map.of()));
    }
}
