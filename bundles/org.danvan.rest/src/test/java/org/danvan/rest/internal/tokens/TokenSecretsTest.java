package org.danvan.rest.internal.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aGeneratedTokenCarries256RandomBitsAndParsesBack() {
        TokenSecrets.Parts parts = TokenSecrets.generate();
        assertEquals(32, Base64.getUrlDecoder().decode(parts.secret()).length);
        assertEquals(16, parts.publicId().length());
        assertTrue(parts.text().startsWith("dvt_"));
        assertEquals(parts, TokenSecrets.parse(parts.text()).orElseThrow());
        assertEquals(parts, TokenSecrets.parse("  " + parts.text() + "\n").orElseThrow(), "surrounding space");
        assertFalse(parts.toString().contains(parts.secret()), "the secret never reaches a log line");
    }

    @Test
    void tokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(TokenSecrets.generate().text()));
        }
    }

    @Test
    void onlyTheHashIsComparedAndAWrongSecretFails() {
        TokenSecrets.Parts parts = TokenSecrets.generate();
        String stored = TokenSecrets.hash(parts.secret());
        assertEquals(64, stored.length(), "SHA-256 in hex");
        assertNotEquals(parts.secret(), stored);
        assertTrue(TokenSecrets.matches(parts.secret(), stored));
        String other = TokenSecrets.generate().secret();
        assertFalse(TokenSecrets.matches(other, stored));
        // one character changed
        char[] changed = parts.secret().toCharArray();
        changed[10] = changed[10] == 'A' ? 'B' : 'A';
        assertFalse(TokenSecrets.matches(new String(changed), stored));
    }

    @Test
    void knownVectorOfSha256() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }

    @Test
    void malformedTokensAreRefused() {
        String good = TokenSecrets.generate().text();
        assertTrue(TokenSecrets.parse(null).isEmpty());
        assertTrue(TokenSecrets.parse("").isEmpty());
        assertTrue(TokenSecrets.parse(good.substring(0, good.length() - 1)).isEmpty(), "short secret");
        assertTrue(TokenSecrets.parse(good + "x").isEmpty(), "long secret");
        assertTrue(TokenSecrets.parse(good.replace("dvt_", "dvx_")).isEmpty(), "prefix");
        assertTrue(TokenSecrets.parse("dvt_ZZZZZZZZZZZZZZZZ_" + good.substring(21)).isEmpty(), "id not hex");
    }
}
