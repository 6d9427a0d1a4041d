package org.danvan.identity.internal.password;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing with Bouncy Castle, in the PHC string format of the reference implementation:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (standard Base64 without padding). The parameters travel
 * with each hash, so they can be raised later without invalidating stored passwords
 * ({@link #needsRehash(String)}). Thread-safe.
 */
public final class PasswordHasher {

    private static final String PREFIX = "$argon2id$v=19$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64_ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    /**
     * Each derivation holds {@code m} KiB (19 MiB by default) for its whole run: a burst of logins waits here instead
     * of multiplying that memory, and the cores stay available to the web application.
     */
    private static final Semaphore DERIVATIONS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private final Argon2idParameters parameters;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(Argon2idParameters.DEFAULT);
    }

    public PasswordHasher(Argon2idParameters parameters) {
        this.parameters = parameters;
    }

    /** Hashes a password with a fresh random salt and this hasher's parameters. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, parameters, HASH_BYTES);
        return PREFIX + "m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64_ENCODER.encodeToString(salt) + "$"
                + B64_ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code encoded}. A malformed or tampered hash string never matches; the
     * comparison takes the same time wherever the first differing byte is.
     */
    public boolean verify(char[] password, String encoded) {
        EncodedHash parsed;
        try {
            parsed = EncodedHash.parse(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.parameters(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** Whether a stored hash was made with weaker parameters than this hasher's, or cannot be read. */
    public boolean needsRehash(String encoded) {
        try {
            return EncodedHash.parse(encoded).parameters().weakerThan(parameters);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The parameters new hashes are made with. */
    public Argon2idParameters parameters() {
        return parameters;
    }

    static byte[] derive(char[] password, byte[] salt, Argon2idParameters parameters, int length) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build();
        byte[] passwordBytes = utf8(password);
        // init allocates the memory blocks, so it is inside the permit too
        DERIVATIONS.acquireUninterruptibly();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon2);
            byte[] out = new byte[length];
            generator.generateBytes(passwordBytes, out);
            return out;
        } finally {
            DERIVATIONS.release();
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /** UTF-8 bytes of the password without going through an immutable String. */
    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    /** The parts of a PHC string. */
    record EncodedHash(Argon2idParameters parameters, byte[] salt, byte[] hash) {

        static EncodedHash parse(String encoded) {
            if (encoded == null || !encoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an Argon2id v19 PHC string");
            }
            String[] parts = encoded.substring(PREFIX.length()).split("\\$", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected parameters, salt and hash");
            }
            Integer m = null;
            Integer t = null;
            Integer p = null;
            for (String parameter : parts[0].split(",", -1)) {
                int eq = parameter.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("malformed parameter");
                }
                String name = parameter.substring(0, eq);
                int value = parseDecimal(parameter.substring(eq + 1));
                switch (name) {
                    case "m" -> m = m == null ? value : duplicate(name);
                    case "t" -> t = t == null ? value : duplicate(name);
                    case "p" -> p = p == null ? value : duplicate(name);
                    default -> throw new IllegalArgumentException("unsupported parameter " + name);
                }
            }
            if (m == null || t == null || p == null) {
                throw new IllegalArgumentException("m, t and p are required");
            }
            byte[] salt = decode(parts[1]);
            byte[] hash = decode(parts[2]);
            if (salt.length < 8 || hash.length < 16 || hash.length > 64) {
                throw new IllegalArgumentException("salt or hash length out of range");
            }
            return new EncodedHash(new Argon2idParameters(m, t, p), salt, hash);
        }

        private static int duplicate(String name) {
            throw new IllegalArgumentException("duplicate parameter " + name);
        }

        private static int parseDecimal(String text) {
            if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("malformed number");
            }
            return Integer.parseInt(text);
        }

        private static byte[] decode(String base64) {
            if (base64.isEmpty() || base64.indexOf('=') >= 0) {
                throw new IllegalArgumentException("malformed Base64");
            }
            return B64_DECODER.decode(base64);
        }
    }
}
