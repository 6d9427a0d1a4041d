package org.danvan.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.keys.internal.KeyServiceImpl;

/**
 * The platform's real key service outside OSGi, for a module that encrypts personal data with a {@code KeyRing}:
 * AES-256-GCM rings in a key file of the test's own (for example in a JUnit {@code @TempDir}), created with random
 * keys on first use, rotation and re-encryption as on a server.
 */
public final class TestKeys {

    private TestKeys() {
    }

    /**
     * The key service on a key file in a new temporary directory, for a service built in a field initialiser (where a
     * JUnit {@code @TempDir} is not injected yet); the file is deleted when the JVM exits.
     */
    public static KeyService inTemporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("danvan-test-keys");
            directory.toFile().deleteOnExit();
            directory.resolve("danvan.keys").toFile().deleteOnExit();
            return in(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key service on {@code danvan.keys} in the directory (the file is created when a ring is first used). */
    public static KeyService in(Path directory) {
        return KeyServiceImpl.onFile(directory.resolve("danvan.keys"));
    }
}
