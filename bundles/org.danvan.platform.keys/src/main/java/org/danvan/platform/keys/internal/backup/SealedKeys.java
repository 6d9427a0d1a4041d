package org.danvan.platform.keys.internal.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key file as a backup holds it: encrypted with a key derived from the administrator's pass-phrase
 * (PBKDF2-HMAC-SHA256, {@value #ITERATIONS} iterations, random 128-bit salt; AES-256-GCM). A backup copied to a
 * disk, a tape or another site then reveals nothing by itself: its database holds only ciphertext and its keys are
 * sealed; the pass-phrase is kept apart (in the safe, by two officials).
 */
public final class SealedKeys {

    static final int ITERATIONS = 600_000;
    /** Shorter pass-phrases are refused: the keys of every identity hang on it. */
    public static final int MIN_PASSPHRASE = 12;
    private static final String FORMAT = "danvan-sealed-keys-v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedKeys() {
    }

    /** The sealed text of a key file. */
    public static String seal(String keyFileText, char[] passphrase) {
        requireStrong(passphrase);
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(keyFileText.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return FORMAT + "\nkdf = PBKDF2WithHmacSHA256\niterations = " + ITERATIONS + "\nsalt = "
                    + b64.encodeToString(salt) + "\niv = " + b64.encodeToString(iv) + "\ndata = "
                    + b64.encodeToString(sealed) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The key file text of a sealed text.
     *
     * @throws IllegalArgumentException when the pass-phrase is wrong or the sealed text was altered
     */
    public static String open(String sealedText, char[] passphrase) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = sealedText.split("\n");
        if (lines.length == 0 || !FORMAT.equals(lines[0].strip())) {
            throw new IllegalArgumentException("not a sealed DanVan key file");
        }
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                fields.put(lines[i].substring(0, eq).strip(), lines[i].substring(eq + 1).strip());
            }
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(passphrase, b64.decode(fields.get("salt")),
                    Integer.parseInt(fields.get("iterations"))), new GCMParameterSpec(128, b64.decode(fields.get("iv"))));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(b64.decode(fields.get("data"))), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("wrong pass-phrase, or the sealed keys were altered", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the sealed keys are damaged", e);
        }
    }

    /** Refuses a pass-phrase shorter than {@value #MIN_PASSPHRASE} characters. */
    public static void requireStrong(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("the pass-phrase must have at least " + MIN_PASSPHRASE + " characters");
        }
    }

    private static SecretKeySpec derive(char[] passphrase, byte[] salt, int iterations)
            throws GeneralSecurityException {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] key = factory.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
        return new SecretKeySpec(key, "AES");
    }
}
