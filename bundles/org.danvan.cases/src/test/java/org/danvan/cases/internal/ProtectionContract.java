package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PublicStatus;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.security.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Denouncer protection: encryption at rest, redaction, audited unmasking, key rotation, the public look-up. */
abstract class ProtectionContract extends CaseEngineFixture {

    private static final PersonData DENOUNCER = new PersonData("Hoàng Thị Mật", "Số 7 ngõ Bí, xã Tiên Du",
            "027190004321", "0987 654 321", "mat.hoang@example.vn", "Em gái của kế toán xã");

    private IntakeReceipt denounce() {
        return engine.intake(RECEPTION, new IntakeRequest(TestOrgUnits.TIEN_DU, CaseKind.DENUNCIATION,
                Channel.POST, null, List.of(DENOUNCER), false, 1, "Ông Trưởng thôn Đông",
                "Tố cáo trưởng thôn thu tiền trái phép", TODAY, null, null));
    }

    @Test
    void theChangeFeedNeverCarriesTheDenouncerAndItsMarkerMovesWithEveryStep() {
        long denunciation = denounce().caseId();
        long reflection = intake(CaseKind.REFLECTION, person("Phan Văn Lộc", "001089000123", "0912 000 111"),
                "Phản ánh đèn đường thôn Đông hỏng").caseId();
        List<CaseMarker> markers = engine.markers(0, 500);
        assertEquals(List.of(denunciation, reflection), markers.stream().map(CaseMarker::id).toList());
        assertEquals(List.of(reflection), engine.markers(denunciation, 500).stream().map(CaseMarker::id).toList());
        assertEquals(1, engine.markers(0, 1).size());

        List<FeedCase> read = engine.read(List.of(reflection, denunciation, 999_999L));
        assertEquals(2, read.size(), "a missing id is left out");
        FeedCase denounced = read.get(0);
        assertTrue(denounced.identityProtected());
        assertEquals(1, denounced.petitionerCount());
        assertEquals(List.of(), denounced.petitioners());
        assertFalse(denounced.toString().contains("Hoàng Thị Mật") || denounced.toString().contains("Ngõ Bí"),
                denounced.toString());
        FeedCase received = read.get(1);
        assertTrue(received.identityProtected(), "received: the kind may still become a denunciation");
        assertEquals(1, received.petitionerCount());
        assertEquals(List.of(), received.petitioners());
        assertEquals(markers.get(1), received.marker());

        engine.classify(RECEPTION, reflection, version(reflection), Classification.complete(CaseKind.REFLECTION));
        CaseMarker moved = engine.markers(denunciation, 500).get(0);
        assertTrue(moved.version() > markers.get(1).version() && moved.steps() == markers.get(1).steps() + 1,
                markers.get(1) + " then " + moved);
        assertEquals(markers.get(0), engine.markers(0, 1).get(0), "the other case did not move");
        assertTrue(engine.read(List.of(reflection)).get(0).identityProtected(), "classified: still open to change");

        engine.returnAndGuide(CHAIR, reflection, version(reflection), "UBND xã Tiên Du", "Gửi bộ phận một cửa");
        FeedCase reflected = engine.read(List.of(reflection)).get(0);
        assertFalse(reflected.identityProtected(), "returned: the kind is settled");
        assertEquals("Phan Văn Lộc", reflected.petitioners().get(0).fullName());
        assertFalse(reflected.toString().contains("001089000123") || reflected.toString().contains("0912"),
                "no identity number or telephone: " + reflected);
    }

    @Test
    void noColumnOfAnyTableHoldsTheDenouncerInClear() throws SQLException {
        denounce();
        List<String> needles = new ArrayList<>();
        for (String value : List.of(DENOUNCER.fullName(), DENOUNCER.address(), DENOUNCER.idNumber(),
                DENOUNCER.phone(), DENOUNCER.email(), DENOUNCER.identityNotes())) {
            needles.add(value.toLowerCase(Locale.ROOT));
            needles.add(TextFolding.fold(value));
        }
        needles.add("0987654321");
        int cells = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertTrue(tables.stream().anyMatch(t -> t.equalsIgnoreCase("cas_person")), tables.toString());
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String cell = rows.getString(c);
                            if (cell == null) {
                                continue;
                            }
                            cells++;
                            String lower = cell.toLowerCase(Locale.ROOT);
                            for (String needle : needles) {
                                assertFalse(lower.contains(needle), table + "." + rows.getMetaData().getColumnName(c)
                                        + " holds '" + needle + "'");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(cells > 50, "the scan read the case's rows: " + cells);
    }

    @Test
    void handlersSeeARedactedCopyAndUnmaskingIsAuditedFirst() {
        long id = denounce().caseId();
        CaseDetail redacted = engine.detail(HANDLER, id);
        assertTrue(redacted.petitioners().get(0).masked());
        assertEquals(CaseReader.MASK, redacted.petitioners().get(0).person().fullName());
        assertFalse(redacted.allowedActions().contains(CaseAction.UNMASK));
        assertTrue(engine.detail(CHAIR, id).allowedActions().contains(CaseAction.UNMASK));
        assertThrows(AccessDeniedException.class, () -> engine.unmask(HANDLER, id, "cần xác minh nhân thân"));
        assertRefused("case.error.unmask.reason", () -> engine.unmask(CHAIR, id, "xem"));

        audit.fail(true);
        assertThrows(IllegalStateException.class, () -> engine.unmask(CHAIR, id, "Xác minh để bảo vệ người tố cáo"));
        audit.fail(false);

        List<PersonData> clear = engine.unmask(CHAIR, id, "Xác minh để bảo vệ người tố cáo");
        assertEquals(DENOUNCER.fullName(), clear.get(0).fullName());
        assertEquals(DENOUNCER.identityNotes(), clear.get(0).identityNotes());
        AuditEvent unmask = audit.events().stream().filter(e -> e.action().equals("case.unmask")).findFirst()
                .orElseThrow();
        assertEquals("chutich.tiendu", unmask.actorLogin());
        assertEquals("Xác minh để bảo vệ người tố cáo", unmask.details().get("reason"));
        assertEquals(Long.toString(id), unmask.targetId());
        assertEquals(1, audit.events().stream().filter(e -> e.action().equals("case.unmask")).count(),
                "the failed attempt revealed nothing and left no entry");
    }

    @Test
    void theDenouncerCannotBeFoundBySearchButOtherPetitionersCan() {
        denounce();
        intake(CaseKind.COMPLAINT_FIRST, person("Hoàng Thị Mật", null, null), "Khiếu nại về thuế");
        var found = engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL).withText("hoang thi mat")).items();
        assertEquals(1, found.size());
        assertEquals(CaseKind.COMPLAINT_FIRST, found.get(0).kind());
    }

    @Test
    void rotatedKeysStillDecryptAndReencryptionMovesEverythingToTheNewKey() {
        long before = denounce().caseId();
        keys.rotate(CaseKeys.PURPOSE, "k2");
        long after = denounce().caseId();
        assertEquals(DENOUNCER.fullName(), engine.unmask(CHAIR, before, "Kiểm tra sau xoay khóa").get(0).fullName());
        assertEquals(DENOUNCER.fullName(), engine.unmask(CHAIR, after, "Kiểm tra sau xoay khóa").get(0).fullName());
        assertEquals(List.of("k1", "k2"), keyIds());

        assertEquals(1, engine.reencryptAll(), "only the petitioner under k1 is rewritten");
        assertEquals(List.of("k2"), keyIds());
        assertEquals(0, engine.reencryptAll());

        // once re-encrypted, the old key can be dropped from the key file
        java.nio.file.Path file = keys.file();
        try {
            String text = java.nio.file.Files.readString(file);
            assertTrue(text.contains("case-identity.key.k1 = "), text.lines().map(l -> l.split("=")[0]).toList()
                    .toString());
            java.nio.file.Files.writeString(file, text.replaceAll("(?m)^case-identity\\.key\\.k1 = .*\n", ""));
            assertFalse(java.nio.file.Files.readString(file).contains(".key.k1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        cipher.use(org.danvan.platform.keys.internal.KeyServiceImpl.onFile(file).ring(CaseKeys.PURPOSE));
        assertEquals(DENOUNCER.address(), engine.unmask(CHAIR, before, "Kiểm tra sau xoay khóa").get(0).address());
    }

    private List<String> keyIds() {
        return store.read(em -> em.createQuery("SELECT p.nameEnc FROM CasePerson p", String.class).getResultList())
                .stream().map(FieldCipher::keyIdOf).distinct().sorted().toList();
    }

    @Test
    void aValueMovedToAnotherCaseDoesNotDecrypt() {
        long first = denounce().caseId();
        long second = denounce().caseId();
        String stolen = store.read(em -> em.createQuery("SELECT p.nameEnc FROM CasePerson p WHERE p.caseId = :c",
                String.class).setParameter("c", first).getSingleResult());
        store.run(em -> em.createQuery("UPDATE CasePerson p SET p.nameEnc = :v WHERE p.caseId = :c")
                .setParameter("v", stolen).setParameter("c", second).executeUpdate());
        assertThrows(IllegalStateException.class, () -> engine.unmask(CHAIR, second, "Kiểm tra toàn vẹn dữ liệu"));
    }

    @Test
    void theTrackingCodeRevealsOnlyKindStepAndDates() {
        IntakeReceipt receipt = denounce();
        Optional<PublicStatus> status = engine.publicStatus(receipt.trackingCode().toLowerCase(Locale.ROOT));
        assertTrue(status.isPresent());
        assertEquals(CaseKind.DENUNCIATION, status.get().kind());
        assertEquals(TODAY, status.get().receivedOn());
        assertEquals(4, PublicStatus.class.getRecordComponents().length);
        String shown = status.get().toString();
        assertFalse(shown.contains("Hoàng") || shown.contains("trưởng thôn") || shown.contains("0987"), shown);
        assertTrue(engine.publicStatus("AAAA-BBBB-CCCCC").isEmpty());
        assertTrue(engine.publicStatus("' OR 1=1 --").isEmpty());
    }
}
