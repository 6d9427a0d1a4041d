package org.danvan.reception.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects the citizen's personal data in the reception book (Law 91/2025/QH15): name, address and identity card
 * number are stored as AES-256-GCM ciphertext, bound to their column by the associated data, so a database dump or
 * backup alone reveals nothing. Search works on keyed hashes (HMAC-SHA256, a key of its own) of the folded words of
 * the name and of the identity number: whole words and exact numbers can be found, substrings cannot, and without
 * the key the hashes cannot be tested against a list of common names.
 * <p>
 * Both keys derive from one 256-bit master key kept in a file outside the database (created on first start,
 * readable by the Karaf user only). Losing it loses the personal data of the book: it belongs in the backup, stored
 * apart from the database backup.
 */
final class PersonalDataProtector {

    static final int KEY_BYTES = 32;
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** 64 bits of a word hash: collisions among the words of names are negligible and the index stays short. */
    private static final int WORD_HASH_BYTES = 8;
    /** At most this many words of a name are indexed (the column holds 20 hashes). */
    static final int MAX_INDEXED_WORDS = 20;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataProtector(byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must have " + KEY_BYTES + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "rcp-encryption"), "AES");
        this.indexKey = new SecretKeySpec(derive(masterKey, "rcp-search-index"), "HmacSHA256");
    }

    /** Encrypts a value for a column; {@code null} stays {@code null}. */
    String encrypt(String plain, String column) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
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
        try {
            byte[] packed = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, packed, 0, IV_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(packed, IV_BYTES, packed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("protected data in " + column + " cannot be decrypted (wrong key or "
                    + "altered value)", e);
        }
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
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

    /**
     * Reads the master key from a file, creating the file with a new random key (owner read/write only, where the
     * file system supports it) when it does not exist yet.
     */
    static byte[] loadOrCreateKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                // written under a temporary name created owner-only, then moved: never readable by others, never
                // seen half-written
                Path temporary = createOwnerOnly(file.resolveSibling(file.getFileName() + ".new"));
                Files.write(temporary, Base64.getEncoder().encode(key), StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temporary);
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("the key file " + file + " does not hold a " + KEY_BYTES
                        + "-byte Base64 key");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read or create the key file " + file, e);
        }
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data directory's own permissions apply
            return Files.createFile(file);
        }
    }
}
