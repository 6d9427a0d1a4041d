package org.danvan.cases.api;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file brought with a letter, saved with the case in the intake's transaction (see
 * {@link CaseService#intake(org.danvan.platform.api.security.UserPrincipal, IntakeRequest, DuplicateAnswer,
 * java.util.List)}).
 *
 * @param fileName the file's name as uploaded (only its last path segment is kept)
 * @param content the file's bytes, read once
 * @since 1.3.0
 */
public record IntakeAttachment(String fileName, InputStream content) {

    public IntakeAttachment {
        Objects.requireNonNull(content, "content");
    }
}
