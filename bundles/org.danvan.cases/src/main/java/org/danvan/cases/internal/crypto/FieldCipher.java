package org.danvan.cases.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one identity field with AES-256-GCM: a random 96-bit IV per value, the key id stored with the
 * ciphertext ({@code v1:<keyId>:<base64(iv || ciphertext+tag)>}), and the case id, petitioner ordinal and field name
 * as additional authenticated data, so a value copied into another row or field fails to decrypt.
 */
public final class FieldCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private volatile Keyring keyring;

    public FieldCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Replaces the keyring (after rotation or a configuration change). */
    public void use(Keyring next) {
        this.keyring = next;
    }

    /** The keyring in use. */
    public Keyring keyring() {
        return keyring;
    }

    /** The ciphertext of a value, or {@code null} for {@code null}. */
    public String encrypt(String plain, long caseId, int ordinal, String field) {
        if (plain == null) {
            return null;
        }
        Keyring keys = keyring;
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(keys.activeKeyId()), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(caseId, ordinal, field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + keys.activeKeyId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The clear value.
     *
     * @throws IllegalStateException when the key is unknown or the value was tampered with or moved
     */
    public String decrypt(String stored, long caseId, int ordinal, String field) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted value (case " + caseId + ", " + field + ")");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyring.dataKey(parts[1]),
                    new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(caseId, ordinal, field));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt case " + caseId + " " + field + " (tampered or moved)", e);
        }
    }

    /** The key id a stored value was encrypted with, or {@code null}. */
    public static String keyIdOf(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : null;
    }

    /** A keyed hash (HMAC-SHA256, hex, 64 chars) for blind indexes; {@code null} for {@code null}. */
    public String blindIndex(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyring.indexKey());
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    private static byte[] aad(long caseId, int ordinal, String field) {
        return ("danvan-case:" + caseId + ":" + ordinal + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
