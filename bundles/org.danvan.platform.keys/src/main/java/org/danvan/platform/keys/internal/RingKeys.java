package org.danvan.platform.keys.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.danvan.platform.api.keys.KeyService;

/** The key material of one ring: AES-256 data keys by id, the active id, the HMAC index key. Immutable. */
public final class RingKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> dataKeys;
    private final String activeKeyId;
    private final SecretKey indexKey;

    public RingKeys(Map<String, byte[]> dataKeys, String activeKeyId, byte[] indexKey) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        dataKeys.forEach((id, bytes) -> {
            if (!id.matches(KeyService.KEY_ID_PATTERN)) {
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
        this.dataKeys = java.util.Collections.unmodifiableMap(keys);
        this.activeKeyId = activeKeyId;
        this.indexKey = new SecretKeySpec(indexKey.clone(), "HmacSHA256");
    }

    /** A fresh ring: one random data key {@code k1} and a random index key. */
    public static RingKeys generate() {
        return new RingKeys(Map.of("k1", randomKey()), "k1", randomKey());
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** These keys with one more random data key, which becomes the active one. */
    RingKeys withNewActiveKey(String keyId) {
        String id = keyId;
        if (id == null) {
            int n = dataKeys.size() + 1;
            while (dataKeys.containsKey("k" + n)) {
                n++;
            }
            id = "k" + n;
        }
        if (dataKeys.containsKey(id)) {
            throw new IllegalArgumentException("key id already used: " + id);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        dataKeys.forEach((existing, key) -> keys.put(existing, key.getEncoded()));
        keys.put(id, randomKey());
        return new RingKeys(keys, id, indexKey.getEncoded());
    }

    String activeKeyId() {
        return activeKeyId;
    }

    Map<String, SecretKey> dataKeys() {
        return dataKeys;
    }

    SecretKey dataKey(String keyId) {
        SecretKey key = dataKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("unknown data key id " + keyId + ": the key file lacks it");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    /** Whether both hold the same keys. */
    boolean sameAs(RingKeys other) {
        return activeKeyId.equals(other.activeKeyId) && dataKeys.keySet().equals(other.dataKeys.keySet())
                && dataKeys.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue().getEncoded(),
                        other.dataKeys.get(e.getKey()).getEncoded()))
                && Arrays.equals(indexKey.getEncoded(), other.indexKey.getEncoded());
    }
}
