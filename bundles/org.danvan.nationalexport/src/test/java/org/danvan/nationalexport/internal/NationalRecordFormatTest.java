package org.danvan.nationalexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.nationalexport.internal.NationalRecordFormat.Exported;
import org.danvan.sdk.testing.FakeUnits;
import org.junit.jupiter.api.Test;

class NationalRecordFormatTest {

    private final NationalRecordFormat format = new NationalRecordFormat(FakeUnits.sample()::find);

    @Test
    void theSameContentHasTheSameHashAndKeyAndAChangeANewOne() {
        Exported first = format.export(Cases.reflection(7, "Đèn đường hỏng", 0));
        Exported again = format.export(Cases.reflection(7, "Đèn đường hỏng", 0));
        assertEquals(first.hash(), again.hash());
        assertEquals("case:7:" + first.hash(), first.key());
        assertTrue(first.hash().matches("[0-9a-f]{64}"), first.hash());
        Exported changed = format.export(Cases.reflection(7, "Đèn đường hỏng đã lâu", 1));
        assertNotEquals(first.hash(), changed.hash());
        assertNotEquals(first.key(), changed.key());
    }

    @Test
    void aMarkerMovedByAnUnshownChangeKeepsTheHash() {
        FeedCase base = Cases.reflection(7, "Đèn đường hỏng", 0);
        FeedCase bumped = new FeedCase(7, new CaseMarker(7, 5, 1), base.number(), base.unitId(), base.kind(),
                base.status(), base.channel(), base.receivedOn(), base.dueDate(), base.content(), base.group(),
                base.peopleCount(), base.outcome(), base.resolvedOn(), base.resolvedLate(), false,
                base.petitionerCount(), base.petitioners(), base.steps());
        assertEquals(format.export(base).hash(), format.export(bumped).hash());
    }

    @Test
    void aDenouncerIsNeverInTheRecord() {
        Exported exported = format.export(Cases.denunciation(9));
        String text = Json.write(exported.json());
        assertFalse(text.contains("Hoàng Thị Bích Ngọc") || text.contains("Thôn Đoài"), text);
        assertTrue(text.contains("\"identityProtected\":true,\"petitionerCount\":1,\"petitioners\":[]"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBatchIsVersionedJsonWithUnitCodeStepsAndPetitioners() {
        Exported exported = format.export(Cases.reflection(7, "Đèn \"đường\"\nhỏng", 0));
        String batch = NationalRecordFormat.batch("b-1", "24", Instant.parse("2026-03-02T03:00:00Z"),
                List.of(exported));
        Map<String, Object> parsed = (Map<String, Object>) Json.read(batch);
        assertEquals("danvan.national/1", parsed.get("format"));
        assertEquals("24", parsed.get("sender"));
        Map<String, Object> record = (Map<String, Object>) ((List<Object>) parsed.get("records")).get(0);
        assertEquals(exported.key(), record.get("key"));
        assertEquals("Đèn \"đường\"\nhỏng", record.get("content"));
        assertEquals(FakeUnits.sample().get(FakeUnits.TIEN_DU).code(), ((Map<String, Object>) record.get("unit"))
                .get("code"));
        assertEquals("Phan Văn Lộc", ((Map<String, Object>) ((List<Object>) record.get("petitioners")).get(0))
                .get("fullName"));
        assertEquals("INTAKE", ((Map<String, Object>) ((List<Object>) record.get("steps")).get(0)).get("action"));
        assertEquals("2026-03-02", record.get("receivedOn"));
        // the hash is of the record without its key: a receiver can check it
        Map<String, Object> body = new java.util.LinkedHashMap<>(exported.json());
        body.remove("key");
        assertEquals(exported.hash(), NationalRecordFormat.hash(Json.write(body)));
    }

    @Test
    void aModuleRecordCannotReplaceTheEnvelopesKeyTypeOrUnit() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("key", "case:1:forged");
        fields.put("recordType", "petition");
        fields.put("unit", "elsewhere");
        fields.put("localId", 7L);
        Exported exported = format.export("reception-session", new org.danvan.platform.api.feed.FeedRecord(7, "0",
                FakeUnits.TIEN_DU, "2026-07-09", fields));
        assertEquals(exported.key(), exported.json().get("key"));
        assertTrue(exported.key().startsWith("reception-session:7:"), exported.key());
        assertEquals("reception-session", exported.json().get("recordType"));
        assertEquals("Xã Tiên Du", ((Map<?, ?>) exported.json().get("unit")).get("name"));
        assertEquals(7L, exported.json().get("localId"));
    }
}
