package org.danvan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.danvan.audit.internal.model.AuditRecord;
import org.danvan.audit.internal.model.ChainHead;
import org.junit.jupiter.api.Test;

/** The hashed text must never change: stored chains would stop verifying. */
class CanonicalFormTest {

    @Test
    void detailsAreSortedAndEscapedWhateverTheMapOrder() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("zeta", "z");
        one.put("Alpha", "tab\there, quote \" and backslash \\");
        one.put("alpha", "line\nbreak\r\u0001");
        Map<String, String> other = new HashMap<>();
        other.put("alpha", "line\nbreak\r\u0001");
        other.put("zeta", "z");
        other.put("Alpha", "tab\there, quote \" and backslash \\");

        String expected = "{\"Alpha\":\"tab\\there, quote \\\" and backslash \\\\\","
                + "\"alpha\":\"line\\nbreak\\r\\u0001\",\"zeta\":\"z\"}";
        assertEquals(expected, DetailsCodec.encode(one));
        assertEquals(expected, DetailsCodec.encode(other));
        assertEquals("{}", DetailsCodec.encode(Map.of()));
    }

    @Test
    void detailsDecodeToWhatWasEncoded() {
        Map<String, String> details = Map.of("reason", "Khiếu nại \"lần 2\"\n\\ 🏛 \u0007", "", "empty key", "k",
                "");
        assertEquals(details, DetailsCodec.decode(DetailsCodec.encode(details)));
        assertEquals(Map.of(), DetailsCodec.decode("{}"));
    }

    @Test
    void malformedDetailsAreRefused() {
        for (String text : new String[] { "", "{", "{\"a\"}", "{\"a\":\"b\"", "{\"a\":\"b\"}x", "{\"a\":\"\\q\"}",
                "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":\"\\u12\"}", "{\"a\":null}" }) {
            assertThrows(IllegalArgumentException.class, () -> DetailsCodec.decode(text), text);
        }
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheCanonicalContentInUtf8() {
        AuditRecord entry = new AuditRecord(1, LocalDateTime.parse("2026-03-02T01:30:00.123456"), "case.unmask",
                "thanhtra", 5L, "case", "17", 9L, DetailsCodec.encode(Map.of("reason", "Khiếu nại \"lần 2\"\n")),
                null);
        assertEquals("{\"seq\":1,\"at\":\"2026-03-02 01:30:00.123456\",\"action\":\"case.unmask\","
                + "\"actorLogin\":\"thanhtra\",\"actorUserId\":5,\"targetType\":\"case\",\"targetId\":\"17\","
                + "\"unitId\":9,\"details\":\"{\\\"reason\\\":\\\"Khiếu nại \\\\\\\"lần 2\\\\\\\"\\\\n\\\"}\","
                + "\"remoteAddress\":null}", EntryHasher.canonicalContent(entry));
        // computed independently: python3 hashlib.sha256(("0"*64 + content).encode("utf-8")).hexdigest()
        assertEquals("6e7321c1a50d4b11b3319bcde9aeeb3c292709eee28ea91d551bf4ac3912acf8",
                EntryHasher.hash(ChainHead.GENESIS_HASH, entry));
    }

    @Test
    void wholeSecondsKeepSixFractionalDigitsAndNullDiffersFromText() {
        AuditRecord entry = new AuditRecord(2, LocalDateTime.parse("2026-03-02T01:30:00"), "a.b", "x", null, null,
                null, null, "{}", null);
        AuditRecord textNull = new AuditRecord(2, LocalDateTime.parse("2026-03-02T01:30:00"), "a.b", "x", null,
                "null", null, null, "{}", null);
        assertEquals("{\"seq\":2,\"at\":\"2026-03-02 01:30:00.000000\",\"action\":\"a.b\",\"actorLogin\":\"x\","
                + "\"actorUserId\":null,\"targetType\":null,\"targetId\":null,\"unitId\":null,\"details\":\"{}\","
                + "\"remoteAddress\":null}", EntryHasher.canonicalContent(entry));
        assertNotEquals(EntryHasher.hash(ChainHead.GENESIS_HASH, entry),
                EntryHasher.hash(ChainHead.GENESIS_HASH, textNull));
    }

    @Test
    void timeBoundsRoundUpToTheNextMicrosecond() {
        assertEquals("2026-03-02 01:30:00.000002",
                AuditQueries.utc(java.time.Instant.parse("2026-03-02T01:30:00.000001001Z")));
        assertEquals("2026-03-02 01:30:00.000001",
                AuditQueries.utc(java.time.Instant.parse("2026-03-02T01:30:00.000001Z")));
        assertEquals("50!%!_!!x", AuditQueries.escapeLike("50%_!x"));
    }
}
