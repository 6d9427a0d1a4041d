package org.danvan.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.danvan.audit.internal.model.AuditRecord;

/**
 * The chain hash: {@code hex(SHA-256(UTF-8(previousHash + canonicalContent)))}. The canonical content lists every
 * stored column but the hash, in a fixed order, strings escaped by {@link DetailsCodec} and the time as its stored
 * text (UTC, six fraction digits), e.g.
 * {@code {"seq":7,"at":"2026-03-02 01:30:00.000000","action":"identity.login",...,"details":"{}",...}}.
 * The same function computes the hash when appending and when verifying, from the very values in the row.
 */
final class EntryHasher {

    private EntryHasher() {
    }

    /** The hash of an entry chained to its predecessor's hash. */
    static String hash(String previousHash, AuditRecord entry) {
        return sha256Hex(previousHash + canonicalContent(entry));
    }

    /** The hashed text of an entry: every column but the hash. */
    static String canonicalContent(AuditRecord entry) {
        StringBuilder text = new StringBuilder(256);
        text.append("{\"seq\":").append(entry.getSeq());
        text.append(",\"at\":");
        DetailsCodec.appendString(text, entry.getAtText());
        text.append(",\"action\":");
        DetailsCodec.appendString(text, entry.getAction());
        text.append(",\"actorLogin\":");
        DetailsCodec.appendString(text, entry.getActorLogin());
        text.append(",\"actorUserId\":").append(entry.getActorUserId());
        text.append(",\"targetType\":");
        DetailsCodec.appendString(text, entry.getTargetType());
        text.append(",\"targetId\":");
        DetailsCodec.appendString(text, entry.getTargetId());
        text.append(",\"unitId\":").append(entry.getUnitId());
        text.append(",\"details\":");
        DetailsCodec.appendString(text, entry.getDetails());
        text.append(",\"remoteAddress\":");
        DetailsCodec.appendString(text, entry.getRemoteAddress());
        return text.append('}').toString();
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
