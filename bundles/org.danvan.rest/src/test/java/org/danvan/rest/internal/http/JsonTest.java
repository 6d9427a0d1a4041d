package org.danvan.rest.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    enum Kind { DENUNCIATION }

    record Row(long id, String name, LocalDate day, Kind kind) {
    }

    @Test
    void writesTreesRecordsEnumsAndDates() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", 42L);
        value.put("name", "Nguyễn Văn An");
        value.put("ok", true);
        value.put("none", null);
        value.put("list", List.of(1, 2.5, new BigDecimal("1E+3")));
        value.put("row", new Row(7, "x", LocalDate.of(2026, 3, 2), Kind.DENUNCIATION));
        value.put("at", Instant.parse("2026-03-02T01:02:03Z"));
        assertEquals("{\"id\":42,\"name\":\"Nguyễn Văn An\",\"ok\":true,\"none\":null,\"list\":[1,2.5,1000],"
                + "\"row\":{\"id\":7,\"name\":\"x\",\"day\":\"2026-03-02\",\"kind\":\"DENUNCIATION\"},"
                + "\"at\":\"2026-03-02T01:02:03Z\"}", Json.write(value));
    }

    @Test
    void escapesQuotesControlCharactersAndHtml() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u003cscript\\u003e\\u0026\"", Json.write("a\"b\\c\n\u0001<script>&"));
        assertEquals("null", Json.write(Double.NaN));
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "Phản ánh \"ô nhiễm\"\n<b>");
        value.put("n", 12L);
        value.put("d", new BigDecimal("-1.5e2"));
        value.put("b", false);
        value.put("nested", List.of(Map.of("k", "v"), List.of()));
        value.put("null", null);
        Object read = Json.read(Json.write(value));
        assertEquals(Json.write(value), Json.write(read));
        assertEquals(12L, ((Map<?, ?>) read).get("n"));
        assertEquals("Phản ánh \"ô nhiễm\"\n<b>", ((Map<?, ?>) read).get("text"));
    }

    @Test
    void readsEscapesAndSurrogatePairs() {
        assertEquals("é😀/", Json.read("\"\\u00e9\\ud83d\\ude00\\/\""));
        assertEquals(List.of(), Json.read(" [ ] "));
        assertEquals(Map.of(), Json.read("{}"));
    }

    @Test
    void refusesMalformedText() {
        for (String bad : List.of("", "{", "{\"a\":}", "{\"a\" 1}", "[1,]", "{\"a\":1,}", "tru", "01", "1.", "-",
                "\"abc", "\"a\u0001\"", "{\"a\":1}x", "{\"a\":1,\"a\":2}", "'a'", "\"\\x\"", "\"\\u12\"", "{a:1}",
                "NaN")) {
            assertThrows(Json.MalformedJsonException.class, () -> Json.read(bad), bad);
        }
    }

    @Test
    void refusesDeepNesting() {
        char[] open = new char[Json.MAX_DEPTH + 2];
        char[] close = new char[open.length];
        Arrays.fill(open, '[');
        Arrays.fill(close, ']');
        assertThrows(Json.MalformedJsonException.class, () -> Json.read(new String(open) + new String(close)));
        char[] fine = new char[Json.MAX_DEPTH];
        Arrays.fill(fine, '[');
        char[] fineClose = new char[Json.MAX_DEPTH];
        Arrays.fill(fineClose, ']');
        Json.read(new String(fine) + new String(fineClose));
    }
}
