package org.danvan.platform.api.keys;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The key rings of the platform, one per purpose. A purpose is a short lower-case name owned by one bundle
 * ({@code case-identity}, {@code reception-personal-data}, {@code grassroots-contacts}); its ring is created with a
 * random key on first use and stored in the platform's key file, never in the database.
 */
public interface KeyService {

    /** Purpose names: 1-40 lower-case letters, digits and '-'. */
    String PURPOSE_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    /** Key ids: 1-32 letters, digits, '-' or '_'. */
    String KEY_ID_PATTERN = "[A-Za-z0-9_-]{1,32}";

    /**
     * The ring of a purpose, created (and stored) with one random data key {@code k1} and a random index key when
     * the purpose has none yet. The returned ring follows later rotations.
     *
     * @throws IllegalArgumentException when the purpose does not match {@link #PURPOSE_PATTERN}
     */
    KeyRing ring(String purpose);

    /** Whether a ring exists for the purpose (without creating one). */
    boolean hasRing(String purpose);

    /** The purposes that have a ring, sorted. */
    Set<String> purposes();

    /**
     * Adds a new random data key to a ring and makes it the active one; older keys stay to decrypt until
     * re-encryption has moved every value. The index key never changes (blind indexes would break).
     *
     * @param newKeyId the id of the new key, or {@code null} for the next free {@code k<n>}
     * @return the id of the new active key
     */
    String rotate(String purpose, String newKeyId);

    /**
     * Imports the keys a bundle kept elsewhere before this service existed, so its old ciphertext stays readable.
     * Refused when the purpose already has a ring (an import never replaces keys).
     *
     * @param dataKeys data keys by id, 256 bits each
     * @param activeKeyId the id among them that encrypts new values
     * @param indexKey the blind-index key, at least 256 bits
     * @param oldFile the file the keys came from, or {@code null}: once the import is stored and read back, it is
     *        moved out of the configuration directory into {@code ${karaf.data}/retired-keys/} (owner-only), so the
     *        keys live in one place and a configuration backup does not carry them in clear
     * @throws IllegalStateException when the purpose already has a ring
     */
    KeyRing importRing(String purpose, Map<String, byte[]> dataKeys, String activeKeyId, byte[] indexKey,
            Path oldFile);

    /**
     * Re-encrypts the data of a purpose (or of all purposes when {@code null}) with the active keys, through the
     * registered {@link Reencryption} services.
     *
     * @return the number of values rewritten per purpose
     */
    Map<String, Integer> reencrypt(String purpose);
}
