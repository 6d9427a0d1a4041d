package org.danvan.platform.api.keys;

/**
 * The keys of one purpose: AES-256-GCM data keys by id (one active, older ones kept to decrypt) and one HMAC-SHA256
 * index key. Ciphertext is {@code v1:<keyId>:<base64(iv || ciphertext+tag)>}; the caller's associated data binds
 * a value to its row and column, so a value copied elsewhere fails to decrypt.
 */
public interface KeyRing {

    /** The purpose this ring serves. */
    String purpose();

    /** The id of the key new values are encrypted with. */
    String activeKeyId();

    /** The ciphertext of a value under the active key, or {@code null} for {@code null}. */
    String encrypt(String plain, String associatedData);

    /**
     * The clear value; {@code null} for {@code null}.
     *
     * @throws IllegalStateException when the value is not ciphertext of this ring, its key is unknown, or it was
     *         altered or moved to other associated data
     */
    String decrypt(String stored, String associatedData);

    /** Whether a stored value is encrypted with the active key (or is {@code null}): re-encryption skips it. */
    boolean isCurrent(String stored);

    /** A keyed hash of a value (HMAC-SHA256 with the index key, 64 hex digits); {@code null} for {@code null}. */
    String blindIndex(String value);

    /** The key id of a stored value, or {@code null} when it is not {@code v1:<keyId>:…} ciphertext. */
    static String keyIdOf(String stored) {
        if (stored == null || !stored.startsWith("v1:")) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : null;
    }
}
