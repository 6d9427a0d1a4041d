package org.danvan.cases.api;

import java.time.Instant;

/**
 * A stored attachment.
 *
 * @param id attachment id
 * @param fileName the name given at upload (sanitised)
 * @param mediaType the type detected from the content
 * @param size bytes
 * @param sha256 hex SHA-256 of the content
 * @param addedAt when
 * @param addedBy login of the uploader
 */
public record AttachmentInfo(long id, String fileName, String mediaType, long size, String sha256, Instant addedAt,
        String addedBy) {
}
