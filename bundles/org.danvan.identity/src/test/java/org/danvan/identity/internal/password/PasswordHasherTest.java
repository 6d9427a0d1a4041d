package org.danvan.identity.internal.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /**
     * Produced by the reference implementation (Debian package argon2, 0~20171227):
     * {@code echo -n "mật khẩu Đăng nhập" | argon2 DanVanSaltTest16 -id -t 2 -k 19456 -p 1 -l 32 -e}
     */
    private static final String REFERENCE_VIETNAMESE =
            "$argon2id$v=19$m=19456,t=2,p=1$RGFuVmFuU2FsdFRlc3QxNg$Wbv+VV9H3C0VwdFgWuHL8mHzLK78vGePQ30fdLRh1uc";
    /** {@code echo -n "password" | argon2 somesalt -id -t 2 -m 16 -p 4 -l 24 -e} (reference implementation). */
    private static final String REFERENCE_PASSWORD =
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        assertTrue(hasher.verify("mật khẩu Đăng nhập".toCharArray(), REFERENCE_VIETNAMESE));
        assertTrue(hasher.verify("password".toCharArray(), REFERENCE_PASSWORD));
        assertFalse(hasher.verify("mat khau Dang nhap".toCharArray(), REFERENCE_VIETNAMESE));
        assertFalse(hasher.verify("Password".toCharArray(), REFERENCE_PASSWORD));
    }

    @Test
    void derivesTheReferenceBytes() {
        byte[] salt = "DanVanSaltTest16".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] hash = PasswordHasher.derive("mật khẩu Đăng nhập".toCharArray(), salt, Argon2idParameters.DEFAULT, 32);
        assertEquals("59bbfe555f47dc2d15c1d1605ae1cbf261f32caefcbc678f437d1f74b461d6e7",
                java.util.HexFormat.of().formatHex(hash));
    }

    @Test
    void hashesInPhcFormatWithDefaultParametersAndRoundTrips() {
        String encoded = hasher.hash("danvan".toCharArray());
        assertTrue(encoded.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
                encoded);
        assertTrue(hasher.verify("danvan".toCharArray(), encoded));
        assertFalse(hasher.verify("danvan ".toCharArray(), encoded));
        assertFalse(hasher.verify("".toCharArray(), encoded));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void tamperedHashesNeverMatch() {
        String encoded = hasher.hash("danvan".toCharArray());
        String otherHash = changeCharAt(encoded, encoded.lastIndexOf('$') + 1);
        String otherSalt = changeCharAt(encoded, encoded.indexOf("p=1$") + 4);
        String otherCost = encoded.replace("t=2", "t=3");
        String truncated = encoded.substring(0, encoded.length() - 4);
        for (String tampered : new String[] { otherHash, otherSalt, otherCost, truncated }) {
            assertNotEquals(encoded, tampered);
            assertFalse(hasher.verify("danvan".toCharArray(), tampered), tampered);
        }
    }

    private static String changeCharAt(String text, int index) {
        char replacement = text.charAt(index) == 'A' ? 'B' : 'A';
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plain-text", "$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
            "$argon2id$v=16$m=65536,t=2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=2$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=2,p=4,t=3$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=99999999,t=2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=-2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ=$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU$extra",
            "$argon2id$v=19$m=65536,t=2,p=4$c29t$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU",
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$F1jG2CV3!!!" })
    void malformedStringsAreRejected(String encoded) {
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.EncodedHash.parse(encoded));
        assertFalse(hasher.verify("password".toCharArray(), encoded));
        assertTrue(hasher.needsRehash(encoded));
    }

    @Test
    void parsesParametersInAnyOrder() {
        PasswordHasher.EncodedHash parsed = PasswordHasher.EncodedHash
                .parse("$argon2id$v=19$p=4,m=65536,t=2$c29tZXNhbHQ$F1jG2CV3/Nr+yRuIsPKw0J9r4s7cJHBU");
        assertEquals(new Argon2idParameters(65536, 2, 4), parsed.parameters());
        assertEquals("somesalt", new String(parsed.salt(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(24, parsed.hash().length);
    }

    @Test
    void weakerParametersNeedRehash() {
        PasswordHasher weak = new PasswordHasher(new Argon2idParameters(1024, 1, 1));
        String old = weak.hash("danvan".toCharArray());
        assertTrue(hasher.needsRehash(old));
        assertTrue(hasher.verify("danvan".toCharArray(), old), "old hashes keep working after a raise");
        assertFalse(hasher.needsRehash(hasher.hash("danvan".toCharArray())));
        assertFalse(weak.needsRehash(REFERENCE_PASSWORD), "stronger than required is fine");
    }

    @Test
    void reportsTheCostOfOneHash() {
        char[] password = "danvan".toCharArray();
        hasher.hash(password); // warm-up: JIT
        int rounds = 10;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            hasher.hash(password);
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            total += took;
        }
        System.out.printf("Argon2id %s: %.1f ms per hash (mean of %d after warm-up), best %.1f ms%n",
                hasher.parameters(), total / 1e6 / rounds, rounds, best / 1e6);
        assertTrue(best < 2_000_000_000L, "a login must not take seconds: " + best / 1e6 + " ms");
    }
}
