package org.danvan.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.danvan.platform.api.validation.ValidationException;

/**
 * The content store of attachments: files named by their SHA-256 under a directory (by default in Karaf's data
 * directory). A file is written to a temporary file, forced to disk, and atomically moved into place before the
 * database step that references it commits; {@link #discard} removes a file whose step failed, unless another
 * attachment already referenced the same content.
 */
final class AttachmentStore {

    /** A file in the store. */
    record StoredFile(String sha256, long size, String mediaType, boolean created) {
    }

    private final Path root;
    private final long maxBytes;

    AttachmentStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /**
     * Stores content after checking its size and type.
     *
     * @throws ValidationException when too large, empty or of a type not accepted
     */
    StoredFile store(InputStream content) {
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) >= 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw ValidationException.of("file", "case.error.attachment.too-large", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw ValidationException.of("file", "case.error.attachment.empty");
            }
            String mediaType = detectType(temp);
            if (mediaType == null) {
                throw ValidationException.of("file", "case.error.attachment.type");
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
                return new StoredFile(sha, size, mediaType, false);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("the content store needs a file system with atomic moves", e);
            }
            forceDirectory(target.getParent());
            temp = null;
            return new StoredFile(sha, size, mediaType, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the attachment store " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file in tmp/ is harmless and removed on the next start
                }
            }
        }
    }

    /** Removes a file written by a step that then failed. */
    void discard(StoredFile file) {
        if (file.created()) {
            try {
                Files.deleteIfExists(pathOf(file.sha256()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Opens stored content. */
    InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where content with a hash lives. */
    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Deletes temporary files left by an interrupted upload (called on start). */
    void cleanTemporaryFiles() {
        Path tmp = root.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (var files = Files.list(tmp)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type from the content's magic bytes, or {@code null} when not accepted. */
    static String detectType(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return "application/pdf";
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return "image/png";
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return officeType(file);
        }
        return isPlainText(file) ? "text/plain" : null;
    }

    /** More entries than any office document has. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /** Expanded sizes above this are checked against the compression ratio. */
    static final long MAX_PLAIN_EXPANSION = 100L * 1024 * 1024;

    /** Office XML compresses some 10 to 20 times; a bomb thousands of times. */
    static final long MAX_RATIO = 100;

    /**
     * DOCX or XLSX by their main part; any other zip is refused. Only the central directory is read, nothing is
     * decompressed, so a zip bomb costs nothing here; one that would expand beyond {@link #MAX_PLAIN_EXPANSION} at
     * more than {@link #MAX_RATIO} times its size is refused all the same, so that nobody opens it later.
     *
     * @throws ValidationException {@code case.error.attachment.archive} for a zip bomb
     */
    private static String officeType(Path file) throws IOException {
        boolean contentTypes = false;
        String type = null;
        long expanded = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw ValidationException.of("file", "case.error.attachment.archive");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (name.equals("xl/workbook.xml")) {
                    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
                expanded += Math.max(0, entry.getSize());
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip (or entry names that are not text): not an office document
            return null;
        }
        if (expanded > MAX_PLAIN_EXPANSION && expanded / Math.max(1, Files.size(file)) > MAX_RATIO) {
            throw ValidationException.of("file", "case.error.attachment.archive");
        }
        return contentTypes ? type : null;
    }

    /** Valid UTF-8 without control characters other than tab, CR, LF and form feed. */
    private static boolean isPlainText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void forceDirectory(Path directory) {
        // makes the rename durable; not supported on every platform, where the file's own fsync must do
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
