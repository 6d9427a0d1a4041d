package org.danvan.nationalexport.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.danvan.cases.api.feed.FeedCase;
import org.danvan.cases.api.feed.FeedPerson;
import org.danvan.cases.api.feed.FeedStep;
import org.danvan.platform.api.feed.FeedRecord;
import org.danvan.platform.api.org.OrgUnitInfo;

/**
 * The record format {@code danvan.national/1} (docs/national-export.md): one case with its handling steps, or one
 * record of a module's feed (reception sessions and book entries), its
 * content hash and its idempotency key, and the batch envelope around records. The Government Inspectorate's own
 * data structure for the national database could not be confirmed from a published source, so this is DanVan's
 * format, versioned so a receiver can tell it from a later one.
 */
final class NationalRecordFormat {

    /** The format's name and version, in every batch. */
    static final String FORMAT = "danvan.national/1";

    private final LongFunction<Optional<OrgUnitInfo>> units;

    NationalRecordFormat(LongFunction<Optional<OrgUnitInfo>> units) {
        this.units = units;
    }

    /** The ledger's record type of the case engine's cases (their records say {@code "recordType": "petition"}). */
    static final String CASE = "case";

    /**
     * A record as sent: its type and id, the marker it was read at, its fields, the hash of them, and the key built
     * from type, id and hash.
     */
    record Exported(String type, long sourceId, String marker, String number, long unitId, String hash, String key,
            Map<String, Object> json) {
    }

    Exported export(FeedCase feed) {
        return exported(CASE, feed.id(), feed.marker().text(), feed.number(), feed.unitId(), body(feed));
    }

    /** A record of a module's feed: its type, its unit, then the fields the module lets leave, in its order. */
    Exported export(String type, FeedRecord record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordType", type);
        body.put("unit", unit(record.unitId()));
        // the envelope's names are the adapter's: a module field called "key" must not replace the idempotency key
        record.fields().forEach((name, value) -> {
            if (!"key".equals(name) && !body.containsKey(name)) {
                body.put(name, value);
            }
        });
        return exported(type, record.id(), record.marker(), record.label(), record.unitId(), body);
    }

    private static Exported exported(String type, long id, String marker, String number, long unitId,
            Map<String, Object> body) {
        String hash = hash(Json.write(body));
        String key = key(type, id, hash);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.putAll(body);
        return new Exported(type, id, marker, number, unitId, hash, key, json);
    }

    /** The idempotency key: the same record with the same content always has the same key. */
    static String key(String type, long id, String hash) {
        return type + ":" + id + ":" + hash;
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> body(FeedCase feed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordType", "petition");
        body.put("localId", feed.id());
        body.put("number", feed.number());
        body.put("unit", unit(feed.unitId()));
        body.put("kind", feed.kind());
        body.put("channel", feed.channel());
        body.put("receivedOn", text(feed.receivedOn()));
        body.put("status", feed.status());
        body.put("dueDate", text(feed.dueDate()));
        body.put("group", feed.group());
        body.put("peopleCount", feed.peopleCount());
        body.put("content", feed.content());
        body.put("identityProtected", feed.identityProtected());
        body.put("petitionerCount", feed.petitionerCount());
        List<Object> petitioners = new ArrayList<>();
        if (!feed.identityProtected()) {
            for (FeedPerson person : feed.petitioners()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("fullName", person.fullName());
                p.put("address", person.address());
                petitioners.add(p);
            }
        }
        body.put("petitioners", petitioners);
        body.put("outcome", feed.outcome());
        body.put("resolvedOn", text(feed.resolvedOn()));
        body.put("resolvedLate", feed.resolvedLate());
        List<Object> steps = new ArrayList<>();
        for (FeedStep step : feed.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("action", step.action());
            s.put("at", text(step.at()));
            s.put("fromStatus", step.fromStatus());
            s.put("toStatus", step.toStatus());
            steps.add(s);
        }
        body.put("steps", steps);
        return body;
    }

    private Map<String, Object> unit(long unitId) {
        Map<String, Object> unit = new LinkedHashMap<>();
        Optional<OrgUnitInfo> info = units.apply(unitId);
        unit.put("code", info.map(OrgUnitInfo::code).orElse(null));
        unit.put("name", info.map(OrgUnitInfo::name).orElse(null));
        return unit;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The batch as posted. */
    static String batch(String batchId, String sender, Instant sentAt, List<Exported> records) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("format", FORMAT);
        batch.put("batchId", batchId);
        batch.put("sender", sender);
        batch.put("sentAt", sentAt.toString());
        batch.put("records", records.stream().map(Exported::json).toList());
        return Json.write(batch);
    }
}
