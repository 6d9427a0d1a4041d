package org.danvan.cases.internal.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys protecting petitioner identities: AES-256 data keys by id (one active, older ones kept to decrypt) and
 * the HMAC key of the blind indexes (match hashes, name search tokens). Immutable; rotation makes a new keyring.
 * Held in configuration outside the database (PID {@code org.danvan.cases.crypto}), never in the repository.
 */
public final class Keyring {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> dataKeys;
    private final String activeKeyId;
    private final SecretKey indexKey;

    public Keyring(Map<String, byte[]> dataKeys, String activeKeyId, byte[] indexKey) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        dataKeys.forEach((id, bytes) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("key id must be 1-32 letters, digits, '-' or '_': " + id);
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 256 bits, is " + bytes.length * 8);
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the keys");
        }
        if (indexKey.length < 32) {
            throw new IllegalArgumentException("the index key must have at least 256 bits");
        }
        this.dataKeys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
        this.indexKey = new SecretKeySpec(indexKey.clone(), "HmacSHA256");
    }

    /** A fresh keyring with one random data key {@code k1} and a random index key. */
    public static Keyring generate() {
        return new Keyring(Map.of("k1", randomKey()), "k1", randomKey());
    }

    /** 32 random bytes. */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** This keyring with one more data key, which becomes the active one. */
    public Keyring withNewActiveKey(String keyId) {
        if (dataKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("key id already used: " + keyId);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        dataKeys.forEach((id, key) -> keys.put(id, key.getEncoded()));
        keys.put(keyId, randomKey());
        return new Keyring(keys, keyId, indexKey.getEncoded());
    }

    /** The id of the key new values are encrypted with. */
    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey dataKey(String keyId) {
        SecretKey key = dataKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("unknown data key id " + keyId + ": the key configuration lacks it");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    /**
     * The configuration properties holding this keyring: {@code activeKeyId}, {@code indexKey}, and
     * {@code key.<id>} for every data key, all base64.
     */
    public Map<String, String> toProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("activeKeyId", activeKeyId);
        properties.put("indexKey", Base64.getEncoder().encodeToString(indexKey.getEncoded()));
        dataKeys.forEach((id, key) -> properties.put("key." + id, Base64.getEncoder().encodeToString(key.getEncoded())));
        return properties;
    }

    /**
     * Reads a keyring from configuration properties written by {@link #toProperties()}.
     *
     * @return the keyring, or {@code null} when the properties hold no keys
     */
    public static Keyring fromProperties(Map<String, ?> properties) {
        Object active = properties.get("activeKeyId");
        Object index = properties.get("indexKey");
        if (active == null || index == null) {
            return null;
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), Base64.getDecoder().decode(value.toString().trim()));
            }
        });
        return new Keyring(keys, active.toString().trim(), Base64.getDecoder().decode(index.toString().trim()));
    }
}
