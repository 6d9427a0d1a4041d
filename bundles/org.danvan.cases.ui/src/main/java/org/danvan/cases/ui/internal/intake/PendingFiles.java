package org.danvan.cases.ui.internal.intake;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Files uploaded on the intake form before the case exists. They wait in temporary files and are attached right
 * after the intake; whatever happens, {@link #discard()} removes them.
 */
final class PendingFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A waiting file: the name the user gave it and where it waits. */
    record Pending(String fileName, File file, long size) implements Serializable {
    }

    private final List<Pending> files = new ArrayList<>();

    void add(String fileName, File file) {
        files.add(new Pending(fileName, file, file.length()));
    }

    /** Removes a file the user took out of the list (by name, the first match). */
    void remove(String fileName) {
        for (Pending p : files) {
            if (p.fileName().equals(fileName)) {
                files.remove(p);
                delete(p.file());
                return;
            }
        }
    }

    List<Pending> list() {
        return List.copyOf(files);
    }

    void discard() {
        files.forEach(p -> delete(p.file()));
        files.clear();
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // a temporary file; the platform's temp directory is cleaned on restart
            file.deleteOnExit();
        }
    }
}
