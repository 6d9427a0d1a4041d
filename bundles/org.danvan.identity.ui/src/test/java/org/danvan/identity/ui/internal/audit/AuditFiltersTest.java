package org.danvan.identity.ui.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.junit.jupiter.api.Test;

/** The audit screen's filter: Vietnamese days, both ends included; blank fields do not restrict. */
class AuditFiltersTest {

    @Test
    void daysAreVietnameseCalendarDaysWithBothEndsIncluded() {
        AuditFilter filter = AuditFilters.of(" identity.user ", "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertEquals("identity.user", filter.actionPrefix());
        assertEquals(null, filter.actorLogin());
        // 00:00 in Hà Nội is 17:00 UTC the day before
        assertEquals(Instant.parse("2026-03-01T17:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-03-02T16:59:59.999Z"), filter.to());
    }

    @Test
    void blankFieldsDoNotRestrict() {
        assertEquals(AuditFilter.any(), AuditFilters.of(null, "  ", null, null));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertFalse(AuditFilters.validRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertTrue(AuditFilters.validRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
        assertTrue(AuditFilters.validRange(null, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theTargetColumnNamesTypeAndId() {
        AuditEvent event = new AuditEvent("identity.user.locked", "admin", 1L, "user", "42", 3L, Map.of(), null);
        assertEquals("user #42", AuditView.target(new AuditEntry(7, Instant.EPOCH, event, "ab")));
        assertEquals("", AuditView.target(new AuditEntry(8, Instant.EPOCH,
                AuditEvent.of("identity.login", "admin", 1L, Map.of()), "cd")));
    }
}
