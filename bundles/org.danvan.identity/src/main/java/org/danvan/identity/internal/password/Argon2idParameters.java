package org.danvan.identity.internal.password;

/**
 * Cost parameters of an Argon2id hash.
 *
 * @param memoryKiB memory in KiB ({@code m})
 * @param iterations passes over memory ({@code t})
 * @param parallelism lanes ({@code p})
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism) {

    /**
     * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): a few tens of milliseconds per login on a 2-core
     * server, so a burst of logins cannot starve the web application.
     */
    public static final Argon2idParameters DEFAULT = new Argon2idParameters(19456, 2, 1);

    public Argon2idParameters {
        // bounds also stop a tampered hash string from making a login allocate gigabytes or loop for minutes
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallelism out of range: " + parallelism);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > 1024 * 1024) {
            throw new IllegalArgumentException("memory out of range: " + memoryKiB);
        }
        if (iterations < 1 || iterations > 64) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
    }

    /** Whether a hash made with these parameters is weaker than one made with {@code target} in any dimension. */
    public boolean weakerThan(Argon2idParameters target) {
        return memoryKiB < target.memoryKiB || iterations < target.iterations || parallelism < target.parallelism;
    }
}
