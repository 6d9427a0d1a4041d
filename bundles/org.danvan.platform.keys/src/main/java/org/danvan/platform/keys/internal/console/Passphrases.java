package org.danvan.platform.keys.internal.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.console.Session;

/** The administrator's pass-phrase: the first line of a file (scripts), or typed twice at the console. */
final class Passphrases {

    private Passphrases() {
    }

    static char[] read(String file, Session session, boolean confirm) {
        if (file != null) {
            try {
                String first = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst()
                        .orElse("");
                return first.strip().toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pass-phrase file " + file, e);
            }
        }
        try {
            String typed = session.readLine("Pass-phrase of the backup's keys: ", '*');
            if (confirm && !typed.equals(session.readLine("The same pass-phrase again: ", '*'))) {
                throw new IllegalArgumentException("the two pass-phrases differ");
            }
            return typed.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
