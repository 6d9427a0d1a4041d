package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SettableClockAndAuditTest {

    @Test
    void theClockCountsDaysInVietnamAndEveryZoneViewMovesTogether() {
        SettableClock clock = SettableClock.at("2026-03-01T23:30");
        SettableClock utc = clock.withZone(ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-03-01T16:30:00Z"), utc.instant());
        assertEquals(LocalDate.of(2026, 3, 1), clock.today());
        clock.advance(Duration.ofMinutes(45));
        assertEquals(LocalDate.of(2026, 3, 2), clock.today(), "past midnight in Hà Nội");
        assertEquals(clock.instant(), utc.instant());
        clock.setDay(LocalDate.of(2026, 12, 31));
        assertEquals(Instant.parse("2026-12-31T02:00:00Z"), clock.instant());
    }

    @Test
    void theTrailRecordsInOrderFiltersAndCanFail() {
        SettableClock clock = SettableClock.at("2026-03-02T08:00");
        RecordingAuditTrail audit = new RecordingAuditTrail(clock);
        audit.record(new AuditEvent("mod.item.created", "lan", 7L, "item", "1", 12L, Map.of("title", "A"), null));
        clock.advance(Duration.ofHours(1));
        audit.record(AuditEvent.of("other.thing", "admin", 1L, Map.of()));
        assertEquals(List.of("mod.item.created", "other.thing"), audit.actions());
        assertEquals("other.thing", audit.last().action());
        assertEquals(1, audit.count(new AuditFilter("mod.", null, null, null, null, null)));
        assertEquals("other.thing", audit.find(AuditFilter.any(), 0, 1).get(0).event().action(), "newest first");
        assertEquals(1, audit.count(new AuditFilter(null, null, null, null, clock.instant(), null)));

        audit.failing(true);
        assertThrows(IllegalStateException.class, () -> audit.record(AuditEvent.of("mod.x.done", "lan", 7L,
                Map.of())));
        assertEquals(2, audit.events().size(), "a failed record leaves nothing");
    }

    @Test
    void anEventTheServersTrailWouldRefuseIsRefusedHereToo() {
        RecordingAuditTrail audit = new RecordingAuditTrail();
        assertThrows(ValidationException.class, () -> audit.record(AuditEvent.of("mod.matter.recordSent", "lan", 7L,
                Map.of())), "upper case in an action");
        assertThrows(ValidationException.class, () -> audit.record(AuditEvent.of("created", "lan", 7L, Map.of())),
                "no module prefix");
        assertThrows(ValidationException.class, () -> audit.record(AuditEvent.of("mod.item.created", "lan", 7L,
                Map.of("sent on", "x"))), "a space in a detail key");
        audit.record(AuditEvent.of("mod.matter.record-sent", "lan", 7L, Map.of("old.unitId", "1", "reason_code", "x")));
        assertEquals(List.of("mod.matter.record-sent"), audit.actions());
    }
}
