package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Backup and restore as an administrator runs them, on H2 (on MariaDB: {@link MariaDbBackupRestoreIT}): a denunciation with a protected denouncer and an
 * attachment is backed up with {@code danvan:backup} on one distribution, restored with {@code danvan:restore} onto a
 * second, fresh distribution of the same build, and there the case reads, the unmask works (and is audited), the
 * attachment reads back bit for bit and the audit chain verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final String DENOUNCER = "Đinh Thị Xuân Hương";
    private static final String CONTENT = "Tố cáo việc thu tiền trái phép ở chợ Lim " + System.nanoTime() % 10000;
    private static final String PASSPHRASE = "bầu ơi thương lấy bí cùng";

    private KarafDistribution first;
    private KarafDistribution fresh;
    private Path work;
    private Path backup;
    private Path passphraseFile;
    private String caseNumber;
    private String attachmentSha256;

    /** A new distribution of this build, ready to start (subclasses: on another database). */
    protected KarafDistribution distribution() {
        return KarafDistribution.fromBuild();
    }

    /** What {@code danvan:backup} says of the database it took. */
    protected String databaseLine() {
        return "database (H2 SCRIPT)";
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
            first = null;
        }
        if (fresh != null) {
            fresh.close();
            fresh = null;
        }
    }

    @Test
    @Order(1)
    void aProtectedCaseWithAnAttachmentIsBackedUpWithSealedKeys() throws Exception {
        first = distribution();
        first.start();
        work = Files.createTempDirectory(first.home().getParent(), "backup-");
        backup = work.resolve("danvan-backup");
        passphraseFile = work.resolve("passphrase.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");

        assertTrue(first.shell("danvan:role-assign admin inspector 24").contains("now holds inspector"));
        String created = first.shell("danvan:case-create --unit 24003 --kind denunciation --name \"" + DENOUNCER
                + "\" --address \"Thôn Lũng Giang, xã Lim\" \"" + CONTENT + "\"");
        Matcher number = Pattern.compile("Created case (\\d{4}/\\d+)").matcher(created);
        assertTrue(number.find(), created);
        caseNumber = number.group(1);

        byte[] pdf = pdf();
        attachmentSha256 = sha256(pdf);
        Path file = work.resolve("bien-ban-cho-lim.pdf");
        Files.write(file, pdf);
        String attached = first.shell("danvan:case-attach " + caseNumber + " " + file);
        assertTrue(attached.contains("sha256 " + attachmentSha256), attached);
        String unmasked = first.shell("danvan:case-unmask --reason \"Đối chiếu trước sao lưu\" " + caseNumber);
        assertTrue(unmasked.contains(DENOUNCER) && unmasked.contains("sha256 " + attachmentSha256), unmasked);

        String out = first.shell("danvan:backup --passphrase-file " + passphraseFile + " " + backup);
        assertTrue(out.contains(databaseLine()) && out.contains("attachments: 1 files")
                && out.contains("sealed with the pass-phrase") && out.contains("Backup complete"), out);
        String noKeys = first.shell("danvan:backup --without-keys " + work.resolve("without-keys"));
        assertTrue(noKeys.contains("WARNING: this backup holds NO KEYS"), noKeys);
        assertFalse(Files.exists(work.resolve("without-keys/keys.sealed")));

        // no key of the key file is in the backup in clear, and the denouncer is in no file of it
        List<String> keyValues = Files.readAllLines(first.home().resolve("etc/danvan.keys")).stream()
                .filter(line -> line.contains(" = ") && !line.contains(".active")).map(l -> l.split(" = ")[1])
                .toList();
        assertTrue(keyValues.size() >= 3, keyValues.toString());
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String key : keyValues) {
                    assertFalse(text.contains(key), "a key in clear in " + f);
                }
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(DENOUNCER),
                        "the denouncer in clear in " + f);
            }
        }
        assertTrue(first.shell("danvan:audit-verify").contains("chain intact"));
        assertEquals(List.of(), errors(first), "ERROR lines in " + first.logFile());
        first.stop();
    }

    @Test
    @Order(2)
    void theRestoreOntoAFreshDistributionBringsBackTheCaseTheUnmaskTheAttachmentAndTheAuditChain() {
        fresh = distribution();
        // the citizens' mail job passes every second, so it would likely run while the database is replaced (CI once
        // saw it fail on a half-restored database): the restore stops it, with every bundle that uses the database
        fresh.setProperty("etc/org.danvan.cases.citizenmail.cfg", "intervalSeconds", "1");
        fresh.start();
        assertTrue(fresh.shell("danvan:case-show " + caseNumber).contains("No case"), "the fresh one is empty");

        List<String> activeBefore = activeDanVanBundles(fresh);
        assertTrue(activeBefore.contains("org.danvan.cases"), activeBefore.toString());
        String restored = fresh.shell("danvan:restore --passphrase-file " + passphraseFile + " " + backup);
        assertTrue(restored.contains("checked: ") && restored.contains("keys: restored")
                && restored.contains("attachments: 1 files") && restored.contains("Restart DanVan now"), restored);
        assertTrue(restored.contains("stopped until the restart: "), restored);
        fresh.stop();
        fresh.start();
        assertEquals(activeBefore, activeDanVanBundles(fresh), "the restart starts every bundle the restore stopped");

        String shown = fresh.shell("danvan:case-show " + caseNumber);
        assertTrue(shown.contains(caseNumber) && shown.contains(CONTENT.substring(0, 30)), shown);
        assertFalse(shown.contains(DENOUNCER), "still redacted:\n" + shown);
        String unmasked = fresh.shell("danvan:case-unmask --reason \"Kiểm tra sau khôi phục\" " + caseNumber);
        assertTrue(unmasked.contains(DENOUNCER), unmasked);
        assertTrue(unmasked.contains("read back, ") && unmasked.contains("sha256 " + attachmentSha256),
                "the attachment is intact:\n" + unmasked);
        String audited = fresh.shell("danvan:audit-list --action case.unmask");
        assertTrue(audited.contains("Kiểm tra sau khôi phục") && audited.contains("Đối chiếu trước sao lưu"),
                "the reveal before the backup (restored) and the one after it are both in the audit:\n" + audited);
        assertTrue(fresh.shell("danvan:audit-verify").contains("chain intact"));
        String restores = fresh.shell("danvan:audit-list --action platform.restore");
        assertTrue(restores.contains("platform.restore") && restores.contains(backup.getFileName().toString()),
                "the restore itself is in the restored audit trail:\n" + restores);
        assertEquals(List.of(), errors(fresh), "ERROR lines in " + fresh.logFile());
    }

    /** The symbolic names of DanVan's bundles in state Active, sorted. */
    private static List<String> activeDanVanBundles(KarafDistribution karaf) {
        return karaf.shell("bundle:list -s -t 0").lines().map(line -> line.split("[│|]"))
                .filter(cells -> cells.length >= 5 && "Active".equals(cells[1].strip()))
                .map(cells -> cells[cells.length - 1].strip())
                .filter(name -> name.startsWith("org.danvan.")).sorted().toList();
    }

    private static List<String> errors(KarafDistribution karaf) {
        return karaf.logErrors();
    }

    /** A small PDF with random bytes in a comment, so its checksum is this run's own. */
    private static byte[] pdf() {
        byte[] noise = new byte[2048];
        new Random().nextBytes(noise);
        String body = "%PDF-1.4\n%" + HexFormat.of().formatHex(noise) + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
