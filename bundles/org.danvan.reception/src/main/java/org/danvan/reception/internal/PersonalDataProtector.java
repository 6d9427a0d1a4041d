package org.danvan.reception.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.api.keys.KeyService;

/**
 * Protects the citizen's personal data in the reception book (Law 91/2025/QH15): name, address and identity card
 * number are stored as AES-256-GCM ciphertext of the platform key ring {@code reception-personal-data}, bound to
 * their column by the associated data, so a database dump or backup alone reveals nothing. Search works on keyed
 * hashes (the ring's index key) of the folded words of the name and of the identity number: whole words and exact
 * numbers can be found, substrings cannot, and without the key the hashes cannot be tested against a list of names.
 * <p>
 * Before the key service, both keys derived from one 256-bit master key in {@code data/reception/personal-data.key}
 * and values were {@code v1:<base64>} without a key id. {@link #importLegacyKey} imports the derived keys as the
 * ring's key {@value #LEGACY_KEY_ID}; such values decrypt as if they named that key, and re-encryption moves them
 * to the active key.
 */
final class PersonalDataProtector {

    /** The key ring of the reception book's personal data. */
    static final String PURPOSE = "reception-personal-data";
    /** The id the key derived from the old master key file has in the ring. */
    static final String LEGACY_KEY_ID = "rcp0";
    static final int KEY_BYTES = 32;
    private static final String FORMAT = "v1:";
    /** 64 bits of a word hash: collisions among the words of names are negligible and the index stays short. */
    private static final int WORD_HASH_BYTES = 8;
    /** At most this many words of a name are indexed (the column holds 20 hashes). */
    static final int MAX_INDEXED_WORDS = 20;

    private final KeyRing ring;

    PersonalDataProtector(KeyRing ring) {
        this.ring = ring;
    }

    /** Encrypts a value for a column; {@code null} stays {@code null}. */
    String encrypt(String plain, String column) {
        return ring.encrypt(plain, column);
    }

    /**
     * Decrypts a value of a column; {@code null} stays {@code null}.
     *
     * @throws IllegalStateException when the value was altered, moved from another column or sealed with another key
     */
    String decrypt(String stored, String column) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("unknown protected-data format in " + column);
        }
        return ring.decrypt(withKeyId(stored), column);
    }

    /** Whether a stored value is under the active key (or absent). */
    boolean isCurrent(String stored) {
        return stored == null || ring.isCurrent(withKeyId(stored));
    }

    /** A value of the time before the key service ({@code v1:<base64>}) names the imported key. */
    private static String withKeyId(String stored) {
        return KeyRing.keyIdOf(stored) == null && stored.startsWith(FORMAT)
                ? FORMAT + LEGACY_KEY_ID + ":" + stored.substring(FORMAT.length()) : stored;
    }

    /** The keyed hashes of the folded words of a text, in order. */
    List<String> wordHashes(String text) {
        return TextFolding.words(text).stream().limit(MAX_INDEXED_WORDS).map(w -> hash(w, WORD_HASH_BYTES)).toList();
    }

    /** The stored word index of a name: its word hashes between spaces, so {@code LIKE '% h %'} finds a word. */
    String nameIndex(String name) {
        return wordHashes(name).stream().collect(Collectors.joining(" ", " ", " "));
    }

    /** The keyed hash of an identity card number (digits only), or {@code null}. */
    String idNumberIndex(String idNumber) {
        return idNumber == null ? null : hash("id:" + idNumber, 16);
    }

    private String hash(String value, int bytes) {
        return ring.blindIndex(value).substring(0, bytes * 2);
    }

    /**
     * Imports the keys derived from the old master key file, when the ring does not exist yet and the file does;
     * the file is then retired by the key service.
     */
    static void importLegacyKey(KeyService keys, Path file) {
        if (keys.hasRing(PURPOSE) || !Files.isRegularFile(file)) {
            return;
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the old reception key file " + file, e);
        }
        if (master.length != KEY_BYTES) {
            throw new IllegalStateException("the key file " + file + " does not hold a " + KEY_BYTES
                    + "-byte Base64 key");
        }
        keys.importRing(PURPOSE, Map.of(LEGACY_KEY_ID, derive(master, "rcp-encryption")), LEGACY_KEY_ID,
                derive(master, "rcp-search-index"), file);
    }

    private static byte[] derive(byte[] masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
