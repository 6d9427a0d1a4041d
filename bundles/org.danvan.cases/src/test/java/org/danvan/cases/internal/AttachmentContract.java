package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.IntakeAttachment;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Worklist;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.internal.testing.FailingCommitStore;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.security.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Attachments: type and size checked on the content, stored by SHA-256, nothing half-stored. */
abstract class AttachmentContract extends CaseEngineFixture {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(contentStore)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void contentDecidesTheTypeAndTheHashIsStored() throws Exception {
        long id = intake(CaseKind.COMPLAINT_FIRST, person("Phan Văn Khải", null, null), "Khiếu nại").caseId();
        AttachmentInfo pdf = engine.attach(RECEPTION, id, "C:\\scan\\don-khieu-nai.pdf", bytes(PDF));
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("don-khieu-nai.pdf", pdf.fileName());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), pdf.sha256());
        assertEquals("image/png", engine.attach(RECEPTION, id, "anh.pdf", bytes(PNG)).mediaType(),
                "the name says pdf, the bytes say png");
        assertEquals("text/plain", engine.attach(RECEPTION, id, "ghi-chu.txt",
                bytes("Ghi chú tiếng Việt".getBytes(StandardCharsets.UTF_8))).mediaType());
        assertEquals(docx().length, engine.attach(RECEPTION, id, "bien-ban.docx", bytes(docx())).size());

        assertRefused("case.error.attachment.type", () -> engine.attach(RECEPTION, id, "virus.pdf",
                bytes(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})));
        byte[] plainZip = zip("other/file.txt");
        assertRefused("case.error.attachment.type", () -> engine.attach(RECEPTION, id, "archive.zip",
                bytes(plainZip)));
        assertRefused("case.error.attachment.empty", () -> engine.attach(RECEPTION, id, "empty.txt",
                bytes(new byte[0])));
        assertEquals(4, engine.detail(CHAIR, id).attachments().size());
        assertEquals(4, storedFiles().size(), "refused uploads left nothing behind: " + storedFiles());

        try (InputStream in = engine.openAttachment(HANDLER, id, pdf.id(), null)) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void theSizeLimitIsConfigurable() throws IOException {
        CaseService small = newEngine(new CaseSettings(3, 365, 50, 1024, contentStore, CaseSettings.VIETNAM));
        long id = intake(CaseKind.RECOMMENDATION, person("Đoàn Văn Lợi", null, null), "Kiến nghị").caseId();
        byte[] big = new byte[1025];
        java.util.Arrays.fill(big, (byte) 'a');
        assertRefused("case.error.attachment.too-large", () -> small.attach(RECEPTION, id, "dai.txt", bytes(big)));
        assertEquals(List.of(), storedFiles());
        assertEquals(1024, small.attach(RECEPTION, id, "vua.txt", bytes(java.util.Arrays.copyOf(big, 1024))).size());
    }

    @Test
    void aRefusedStepLeavesNoFileAndDenunciationFilesNeedUnmasking() throws IOException {
        long lim = intake(TestOrgUnits.LIM, CaseKind.RECOMMENDATION, person("Lò Văn Páo", null, null), "Kiến nghị",
                TODAY).caseId();
        assertThrows(AccessDeniedException.class, () -> engine.attach(RECEPTION, lim, "a.pdf", bytes(PDF)));
        assertEquals(List.of(), storedFiles());

        long denunciation = intake(CaseKind.DENUNCIATION, null, "Tố cáo").caseId();
        AttachmentInfo letter = engine.attach(RECEPTION, denunciation, "thu-to-cao.pdf", bytes(PDF));
        assertThrows(AccessDeniedException.class,
                () -> engine.openAttachment(HANDLER, denunciation, letter.id(), "Xác minh nội dung tố cáo"));
        assertRefused("case.error.unmask.reason", () -> engine.openAttachment(CHAIR, denunciation, letter.id(), ""));
        try (InputStream in = engine.openAttachment(CHAIR, denunciation, letter.id(), "Xác minh nội dung tố cáo")) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
        assertTrue(audit.events().stream().anyMatch(e -> e.action().equals("case.attachment.open")));
    }

    @Test
    void aFileWrittenForAFailedStepIsRemoved() throws IOException {
        long id = intake(CaseKind.COMPLAINT_FIRST, person("Tạ Văn Bền", null, null), "Khiếu nại").caseId();
        FailingCommitStore failing = new FailingCommitStore(store);
        CaseService flaky = newEngine(failing, CaseSettings.defaults(contentStore));
        failing.failNextWrite();
        assertThrows(IllegalStateException.class, () -> flaky.attach(RECEPTION, id, "don.pdf", bytes(PDF)));
        assertEquals(List.of(), storedFiles(), "the file written before the failed step is gone");
        assertEquals(0, engine.detail(CHAIR, id).attachments().size());
        assertEquals(1, engine.detail(CHAIR, id).timeline().size(), "no ATTACH step either");

        AttachmentInfo stored = flaky.attach(RECEPTION, id, "don.pdf", bytes(PDF));
        assertEquals(1, storedFiles().size());
        failing.failNextWrite();
        assertThrows(IllegalStateException.class, () -> flaky.attach(RECEPTION, id, "ban-sao.pdf", bytes(PDF)));
        assertEquals(1, storedFiles().size(), "content another attachment references is kept");
        try (InputStream in = engine.openAttachment(CHAIR, id, stored.id(), null)) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void aZipBombDisguisedAsADocumentIsRefusedWithoutBeingExpanded() throws IOException {
        long id = intake(CaseKind.COMPLAINT_FIRST, person("Hà Văn Nổ", null, null), "Khiếu nại").caseId();
        // a "document" whose main part expands to 256 MiB of zeros from a few hundred kilobytes
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        byte[] truncated = Arrays.copyOf(docx(), docx().length - 30);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);

        assertRefused("case.error.attachment.archive", () -> engine.attach(RECEPTION, id, "bien-ban.docx",
                bytes(bomb)));
        assertRefused("case.error.attachment.type", () -> engine.attach(RECEPTION, id, "bien-ban.docx",
                bytes(truncated)));
        assertEquals(0, engine.detail(CHAIR, id).attachments().size());
        assertEquals(List.of(), storedFiles(), "refused uploads left nothing behind");
    }

    @Test
    void aLetterWithItsFilesIsSavedWhole() throws IOException {
        IntakeRequest request = IntakeRequest.of(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST, Channel.POST,
                person("Mạc Văn Toàn", null, null), null, "Khiếu nại kèm bản sao quyết định", TODAY);
        IntakeReceipt receipt = engine.intake(RECEPTION, request, DuplicateAnswer.none(), List.of(
                new IntakeAttachment("C:\\scan\\quyet-dinh.pdf", bytes(PDF)),
                new IntakeAttachment("anh-hien-truong.png", bytes(PNG))));
        CaseDetail detail = engine.detail(CHAIR, receipt.caseId());
        assertEquals(List.of("quyet-dinh.pdf", "anh-hien-truong.png"),
                detail.attachments().stream().map(AttachmentInfo::fileName).toList());
        assertEquals(2, storedFiles().size());
        assertEquals(List.of(CaseAction.INTAKE, CaseAction.ATTACH, CaseAction.ATTACH),
                detail.timeline().stream().map(CaseStep::action).toList());
        assertEquals(2, audit.events().stream().filter(e -> e.action().equals("case.attach")).count());
        try (InputStream in = engine.openAttachment(HANDLER, receipt.caseId(), detail.attachments().get(0).id(),
                null)) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void oneRefusedFileSavesNothingAndSaysWhichFile() throws IOException {
        IntakeRequest request = IntakeRequest.of(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST, Channel.POST,
                person("Mạc Thị Vân", null, null), null, "Khiếu nại kèm tệp lạ", TODAY);
        long casesBefore = engine.find(CHAIR, CaseQuery.of(Worklist.ALL)).total();
        int auditBefore = audit.events().size();
        ValidationException refused = assertThrows(ValidationException.class, () -> engine.intake(RECEPTION,
                request, DuplicateAnswer.none(), List.of(new IntakeAttachment("don.pdf", bytes(PDF)),
                        new IntakeAttachment("chuong-trinh.exe", bytes(new byte[] {'M', 'Z', (byte) 0x90, 0})),
                        new IntakeAttachment("anh.png", bytes(PNG)))));
        assertEquals("case.error.attachment.refused-at-intake", refused.violations().get(0).messageKey());
        assertEquals(List.of("chuong-trinh.exe"), refused.violations().get(0).args());
        assertEquals("case.error.attachment.type", refused.violations().get(1).messageKey());
        assertEquals(casesBefore, engine.find(CHAIR, CaseQuery.of(Worklist.ALL)).total(), "no case");
        assertEquals(List.of(), storedFiles(), "the file accepted before the refused one is gone too");
        assertEquals(auditBefore, audit.events().size(), "nothing audited");

        IntakeReceipt next = engine.intake(RECEPTION, request, DuplicateAnswer.none(), List.of());
        assertEquals("2026/000001", next.number(), "the refused letter used no number");
    }

    @Test
    void aFailedIntakeTransactionLeavesNoFile() throws IOException {
        FailingCommitStore failing = new FailingCommitStore(store);
        CaseService flaky = newEngine(failing, CaseSettings.defaults(contentStore));
        IntakeRequest request = IntakeRequest.of(TestOrgUnits.TIEN_DU, CaseKind.RECOMMENDATION, Channel.POST,
                person("Mạc Văn Lực", null, null), null, "Kiến nghị kèm ảnh", TODAY);
        failing.failNextWrite();
        assertThrows(IllegalStateException.class, () -> flaky.intake(RECEPTION, request, DuplicateAnswer.none(),
                List.of(new IntakeAttachment("anh.png", bytes(PNG)))));
        assertEquals(List.of(), storedFiles());
        assertEquals(0, engine.find(CHAIR, CaseQuery.of(Worklist.ALL)).total());
    }

    private static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
