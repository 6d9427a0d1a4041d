package org.danvan.rest.internal.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a personal access token: {@code dvt_<public id>_<secret>}, the public id 8 random bytes in hex (to find
 * the row), the secret 32 random bytes (256 bits) in base64url. Only SHA-256 of the secret is stored; a presented
 * secret is compared with it in constant time.
 */
public final class TokenSecrets {

    static final String PREFIX = "dvt_";
    private static final Pattern FORMAT = Pattern.compile("dvt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    /** A token's two parts, as presented or as generated. */
    public record Parts(String publicId, String secret) {

        /** The token text. */
        public String text() {
            return PREFIX + publicId + "_" + secret;
        }

        @Override
        public String toString() {
            return "Parts[" + publicId + ", secret hidden]";
        }
    }

    /** New random parts. */
    public static Parts generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Parts(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The parts of a presented token text, empty when it is not one. */
    public static Optional<Parts> parse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2))) : Optional.empty();
    }

    /** SHA-256 of the secret, in hex (what is stored). */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether a presented secret has the stored hash; takes the same time wherever the two differ. */
    public static boolean matches(String presentedSecret, String storedHash) {
        return MessageDigest.isEqual(hash(presentedSecret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
