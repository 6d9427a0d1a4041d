package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ${package}.api.Entry;
import ${package}.api.EntryDraft;
import ${package}.api.EntryService;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** The register on a real database: every test runs on H2 and on MariaDB. */
@OnEveryDatabase
class EntryServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UserPrincipal ADMIN = user(1, "admin", FakeUnits.PROVINCE);
    private static final UserPrincipal TIEN_DU = user(2, "tiendu", FakeUnits.TIEN_DU);
    private static final UserPrincipal LIM = user(3, "lim", FakeUnits.LIM);

    private static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of(EntryService.MANAGE));
    }

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(ADMIN, FakeUnits.PROVINCE, EntryService.MANAGE)
            .grant(TIEN_DU, FakeUnits.TIEN_DU, EntryService.MANAGE);
    private final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private EntryServiceImpl service;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        service = new EntryServiceImpl(database, access, units, audit, clock);
    }

    @AfterEach
    void stop() {
        service.deactivate();
    }

    private Entry record(UserPrincipal user, String title, LocalDate day) {
        return service.create(new EntryDraft(title, day, null), user);
    }

    @Test
    void anEntryBelongsToItsAuthorsUnitAndIsReadWithinThatUnitsSubtreeAndAbove() {
        Entry entry = record(TIEN_DU, "  Họp dân thôn Đông  ", TODAY);
        record(ADMIN, "Hội nghị tỉnh", TODAY.minusDays(1));
        assertEquals("Họp dân thôn Đông", entry.title());
        assertEquals(FakeUnits.TIEN_DU, entry.unitId());
        assertEquals("Xã Tiên Du", entry.unitName());
        assertEquals(List.of("Họp dân thôn Đông", "Hội nghị tỉnh"),
                service.list(ADMIN, 0, 10).stream().map(Entry::title).toList(), "the latest day first");
        assertEquals(List.of(entry), service.list(TIEN_DU, 0, 10), "the commune reads its own only");
        assertEquals(0, service.count(LIM), "no permission: nothing");
        assertEquals(List.of("${moduleId}.entry.created", "${moduleId}.entry.created"), audit.actions());
    }

    @Test
    void withoutThePermissionAtTheUnitNothingIsWritten() {
        assertThrows(AccessDeniedException.class, () -> record(LIM, "Tin", TODAY));
        Entry entry = record(TIEN_DU, "Họp", TODAY);
        assertThrows(AccessDeniedException.class, () -> service.delete(entry.id(), entry.version(), LIM));
        assertEquals(1, database.count("${tablePrefix}_entry"));
        assertEquals(1, audit.actions().size());
    }

    @Test
    void aChangeWhoseAuditEntryFailsIsNotStored() {
        Entry kept = record(TIEN_DU, "Họp", TODAY);
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> record(TIEN_DU, "Không được ghi nhật ký", TODAY));
        assertThrows(RuntimeException.class, () -> service.delete(kept.id(), kept.version(), TIEN_DU));
        audit.failing(false);
        assertEquals(1, database.count("${tablePrefix}_entry"), "no change stands without its audit entry");
        assertEquals(List.of(kept), service.list(TIEN_DU, 0, 10));
    }

    @Test
    void aBrokenDraftIsRefusedAtItsFieldsAndNothingIsStored() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.create(new EntryDraft(" ", TODAY.plusDays(1), "x".repeat(2001)), TIEN_DU));
        assertEquals(List.of(Violation.of("title", EntryDraft.TITLE_REQUIRED),
                Violation.of("happenedOn", EntryDraft.DAY_IN_FUTURE),
                Violation.of("note", EntryDraft.NOTE_TOO_LONG, EntryDraft.NOTE_MAX_LENGTH)), refused.violations());
        assertEquals(0, database.count("${tablePrefix}_entry"));
    }

    @Test
    void aStaleVersionConflictsAndADeletedEntryIsGone() {
        Entry entry = record(TIEN_DU, "Họp", TODAY);
        Entry changed = service.update(entry.id(), entry.version(), new EntryDraft("Họp (đổi giờ)", TODAY, "14 giờ"),
                ADMIN);
        assertEquals("14 giờ", changed.note());
        assertThrows(OptimisticLockException.class, () -> service.update(entry.id(), entry.version(),
                new EntryDraft("Bản cũ", TODAY, null), TIEN_DU));
        service.delete(changed.id(), changed.version(), TIEN_DU);
        ValidationException gone = assertThrows(ValidationException.class,
                () -> service.delete(changed.id(), changed.version(), TIEN_DU));
        assertEquals(EntryService.GONE, gone.violations().get(0).messageKey());
        assertEquals(List.of("${moduleId}.entry.created", "${moduleId}.entry.updated", "${moduleId}.entry.deleted"),
                audit.actions());
    }
}
