package org.danvan.platform.keys.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import org.danvan.platform.api.keys.KeyRing;

/**
 * A key ring on AES-256-GCM: a random 96-bit IV per value, {@code v1:<keyId>:<base64(iv || ciphertext+tag)>}, the
 * caller's associated data authenticated. Follows rotations: the service swaps its keys in place.
 */
public final class AesKeyRing implements KeyRing {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String purpose;
    private final SecureRandom random = new SecureRandom();
    private volatile RingKeys keys;

    public AesKeyRing(String purpose, RingKeys keys) {
        this.purpose = purpose;
        this.keys = keys;
    }

    void use(RingKeys next) {
        this.keys = next;
    }

    RingKeys keys() {
        return keys;
    }

    @Override
    public String purpose() {
        return purpose;
    }

    @Override
    public String activeKeyId() {
        return keys.activeKeyId();
    }

    @Override
    public String encrypt(String plain, String associatedData) {
        if (plain == null) {
            return null;
        }
        RingKeys current = keys;
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.dataKey(current.activeKeyId()), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + current.activeKeyId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public String decrypt(String stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        String keyId = KeyRing.keyIdOf(stored);
        if (keyId == null) {
            throw new IllegalStateException("not a value encrypted by the key ring " + purpose);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(keyId), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a value of the key ring " + purpose + " cannot be decrypted (wrong key, "
                    + "altered, or moved from another row or column)", e);
        }
    }

    @Override
    public boolean isCurrent(String stored) {
        return stored == null || keys.activeKeyId().equals(KeyRing.keyIdOf(stored));
    }

    @Override
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }
}
