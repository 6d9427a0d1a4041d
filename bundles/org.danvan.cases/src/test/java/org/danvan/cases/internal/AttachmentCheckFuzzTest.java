package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the attachment checks with arbitrary file contents: every upload is stored with one of the accepted types
 * and reads back byte for byte, or is refused with a message of the case engine and leaves nothing on disk — no
 * half-stored file. Seeds (a PDF head, a PNG head, a disguised executable, a truncated zip, an office document, text)
 * in {@code AttachmentCheckFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see the bundle README).
 */
class AttachmentCheckFuzzTest {

    private static final long MAX_BYTES = 256 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> MESSAGES = Set.of("case.error.attachment.too-large",
            "case.error.attachment.empty", "case.error.attachment.type", "case.error.attachment.archive");

    @FuzzTest(maxDuration = "60s")
    void anUploadIsStoredWithAnAcceptedTypeOrRefusedLeavingNothing(byte[] content) throws IOException {
        Path root = Files.createTempDirectory("attachment-fuzz");
        try {
            AttachmentStore store = new AttachmentStore(root, MAX_BYTES);
            try {
                AttachmentStore.StoredFile stored = store.store(new ByteArrayInputStream(content));
                assertTrue(TYPES.contains(stored.mediaType()), stored.mediaType());
                assertEquals(content.length, stored.size());
                try (InputStream back = store.open(stored.sha256())) {
                    assertArrayEquals(content, back.readAllBytes());
                }
            } catch (ValidationException refused) {
                for (Violation violation : refused.violations()) {
                    assertTrue(MESSAGES.contains(violation.messageKey()), violation.toString());
                }
                assertEquals(List.of(), files(root), "a refused upload leaves nothing behind");
            }
        } finally {
            delete(root);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
