package org.danvan.cases.internal.crypto;

import org.danvan.platform.api.keys.KeyRing;

/**
 * Encrypts one identity field with the platform's key ring {@code case-identity} (AES-256-GCM, the key id stored
 * with the ciphertext, {@code v1:<keyId>:<base64(iv || ciphertext+tag)>}), with the case id, petitioner ordinal and
 * field name as associated data, so a value copied into another row or field fails to decrypt. The format and the
 * associated data are those of the keys the case engine kept itself before the key service: old values decrypt.
 */
public final class FieldCipher {

    private volatile KeyRing ring;

    public FieldCipher(KeyRing ring) {
        this.ring = ring;
    }

    /** Replaces the ring (tests: a key file edited by hand). */
    public void use(KeyRing next) {
        this.ring = next;
    }

    /** The ciphertext of a value, or {@code null} for {@code null}. */
    public String encrypt(String plain, long caseId, int ordinal, String field) {
        return ring.encrypt(plain, aad(caseId, ordinal, field));
    }

    /**
     * The clear value.
     *
     * @throws IllegalStateException when the key is unknown or the value was tampered with or moved
     */
    public String decrypt(String stored, long caseId, int ordinal, String field) {
        if (stored != null && KeyRing.keyIdOf(stored) == null) {
            throw new IllegalStateException("not an encrypted value (case " + caseId + ", " + field + ")");
        }
        return ring.decrypt(stored, aad(caseId, ordinal, field));
    }

    /** Whether a stored value is under the active key (or absent). */
    public boolean isCurrent(String stored) {
        return ring.isCurrent(stored);
    }

    /** The key id a stored value was encrypted with, or {@code null}. */
    public static String keyIdOf(String stored) {
        return KeyRing.keyIdOf(stored);
    }

    /** A keyed hash (HMAC-SHA256, hex, 64 chars) for blind indexes; {@code null} for {@code null}. */
    public String blindIndex(String normalised) {
        return ring.blindIndex(normalised);
    }

    private static String aad(long caseId, int ordinal, String field) {
        return "danvan-case:" + caseId + ":" + ordinal + ":" + field;
    }
}
