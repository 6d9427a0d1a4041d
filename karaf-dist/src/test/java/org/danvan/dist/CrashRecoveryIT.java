package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crash test (issue 16): a load generator records cases with an attachment through the service path an administrator
 * uses — {@code danvan:case-create} and {@code danvan:case-attach} over the Karaf console of the real distribution,
 * each in its own {@code bin/client} session — and keeps every write the server ACKNOWLEDGED (the line it prints
 * after the commit). At a random moment the Karaf JVM is killed with SIGKILL, as a power cut would, then started
 * again; {@code danvan.crash.cycles} times (2 in the normal build, 20 in the long run
 * {@code -Ddanvan.reliability.long=true}: see README "Reliability").
 *
 * <p>Afterwards, on the restarted server: the audit chain verifies; every acknowledged case is there with its
 * content, petitioner (read back through the audited unmask), received date and a due date equal to the one the rule
 * table gives for that day, its intake audit entry, and every acknowledged attachment with the SHA-256 of the bytes
 * sent (read back from the store) and its audit entry. Every case of the run that was stored although its
 * acknowledgement never arrived (killed between commit and answer) passes the same checks: nothing is half-stored.
 * Prints its figures as {@code CRASH-TEST ...} lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    static final String CYCLES_PROPERTY = "danvan.crash.cycles";
    /** The long run of README "Reliability": 20 cycles, and the MariaDB variant too. */
    static final String LONG_RUN_PROPERTY = "danvan.reliability.long";
    static final int CI_CYCLES = 2;
    static final int LONG_RUN_CYCLES = 20;
    private static final Pattern CREATED = Pattern.compile("Created case (\\d{4}/\\d+) \\(id (\\d+)\\)");
    private static final Pattern ATTACHED = Pattern.compile("Attachment (\\d+): \\S+ \\([^,]+, (\\d+) bytes, sha256 ([0-9a-f]{64})\\)");
    private static final Pattern NEXT = Pattern.compile("Next: \\S+ by (\\d{4}-\\d{2}-\\d{2}) \\(\\S+\\) under (\\S+),");
    private static final Pattern READ_BACK = Pattern.compile("Attachment (\\d+): (\\S+) read back, (\\d+) bytes, sha256 ([0-9a-f]{64})");
    private static final String UNIT = "24003";
    private static final Pattern SECTION = Pattern.compile("^@@@ (\\d+)\\s*$", Pattern.MULTILINE);
    private static final int BATCH = 8;
    private static final String REASON = "Kiem tra sau su co mat dien";

    /** One attempted case: what was sent, and what the server acknowledged of it. */
    static final class Attempt {
        final int index;
        final String marker;
        final String kind;
        final String petitioner;
        final String content;
        final Path file;
        final String fileSha;
        final long fileSize;
        String number;
        long id;
        boolean attachAcknowledged;
        int cycle;

        Attempt(int index, String marker, String kind, String petitioner, String content, Path file, String fileSha,
                long fileSize) {
            this.index = index;
            this.marker = marker;
            this.kind = kind;
            this.petitioner = petitioner;
            this.content = content;
            this.file = file;
            this.fileSha = fileSha;
            this.fileSize = fileSize;
        }
    }

    private KarafDistribution karaf;

    /** A fresh copy on H2 (the default); the MariaDB variant overrides. */
    protected KarafDistribution distribution() {
        return KarafDistribution.fromBuild();
    }

    protected String databaseName() {
        return "H2";
    }

    @AfterAll
    void stopDistribution() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void everyAcknowledgedCaseSurvivesSigkillIntact() throws Exception {
        int cycles = Integer.getInteger(CYCLES_PROPERTY,
                Boolean.getBoolean(LONG_RUN_PROPERTY) ? LONG_RUN_CYCLES : CI_CYCLES);
        // optional bound of the whole cycling in minutes (a loaded machine restarts slowly): no new cycle after it
        long budgetMinutes = Long.getLong("danvan.crash.budgetMinutes", 0);
        long budgetEnd = System.nanoTime() + Duration.ofMinutes(budgetMinutes).toNanos();
        long seed = Long.getLong("danvan.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String run = "ct" + Long.toString(Math.abs(seed % 1_000_000_000L), 36);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));

        karaf = distribution();
        // a loaded 2-core machine was seen to need more than 4 minutes for the first start (every migration)
        karaf.startTimeout(Duration.ofMinutes(10));
        karaf.start();
        Path files = Files.createDirectories(karaf.home().resolve("crash-files"));

        List<Attempt> attempts = new ArrayList<>();
        List<Duration> restarts = new ArrayList<>();
        List<Long> killedAfterMillis = new ArrayList<>();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                if (budgetMinutes > 0 && System.nanoTime() > budgetEnd) {
                    System.out.println("CRASH-TEST " + databaseName() + ": time budget of " + budgetMinutes
                            + " min spent, stopping after " + (cycle - 1) + " of " + cycles + " cycles");
                    cycles = cycle - 1;
                    break;
                }
                // the console realm arrives a little after ssh: wait until a command runs before the load starts
                karaf.shell("danvan:unit-list " + UNIT);
                long pid = karaf.pid();
                long killAfter = 8_000 + random.nextInt(32_000);
                killedAfterMillis.add(killAfter);
                long loadStart = System.nanoTime();
                killer.schedule(() -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly), killAfter,
                        TimeUnit.MILLISECONDS);
                while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    // a batch of intakes in one console session, then their attachments in a second one: a session
                    // costs a client JVM, seconds on a loaded machine; each command's answer is still its own
                    List<Attempt> batch = new ArrayList<>();
                    List<String> commands = new ArrayList<>();
                    for (int b = 0; b < BATCH; b++) {
                        Attempt attempt = newAttempt(attempts.size(), run, random, files, today);
                        attempt.cycle = cycle;
                        attempts.add(attempt);
                        batch.add(attempt);
                        commands.add("echo \"@@@\" " + attempt.index);
                        commands.add("danvan:case-create --unit " + UNIT + " --kind " + attempt.kind
                                + " --received " + today + " --name \"" + attempt.petitioner
                                + "\" --address \"Thôn Đông, xã Tiên Du\" \"" + attempt.content + "\"");
                    }
                    Map<Integer, String> created = sections(console(commands));
                    List<Attempt> toAttach = new ArrayList<>();
                    commands.clear();
                    for (Attempt attempt : batch) {
                        Matcher m = CREATED.matcher(created.getOrDefault(attempt.index, ""));
                        if (m.find()) {
                            attempt.number = m.group(1);
                            attempt.id = Long.parseLong(m.group(2));
                            toAttach.add(attempt);
                            commands.add("echo \"@@@\" " + attempt.index);
                            commands.add("danvan:case-attach " + attempt.number + " " + attempt.file);
                        }
                    }
                    if (toAttach.isEmpty()) {
                        continue;
                    }
                    Map<Integer, String> attached = sections(console(commands));
                    for (Attempt attempt : toAttach) {
                        Matcher a = ATTACHED.matcher(attached.getOrDefault(attempt.index, ""));
                        if (a.find()) {
                            assertEquals(attempt.fileSha, a.group(3), "acknowledged SHA-256 of " + attempt.file);
                            attempt.attachAcknowledged = true;
                        }
                    }
                }
                long ranMillis = (System.nanoTime() - loadStart) / 1_000_000;
                karaf.kill(); // the JVM is gone already; this forgets it
                final int thisCycle = cycle;
                System.out.println("CRASH-TEST " + databaseName() + " cycle " + cycle + ": SIGKILL after " + ranMillis
                        + " ms of load; cases sent " + attempts.stream().filter(x -> x.cycle == thisCycle).count()
                        + ", acknowledged " + attempts.stream().filter(x -> x.cycle == thisCycle && x.number != null)
                        .count());
                karaf.start();
                restarts.add(karaf.lastStartDuration());
            }
        } finally {
            killer.shutdownNow();
        }

        verify(run, attempts, today, cycles, restarts);
    }

    private void verify(String run, List<Attempt> attempts, LocalDate today, int cycles, List<Duration> restarts) {
        String audit = karaf.shell("danvan:audit-verify");
        assertTrue(audit.contains("chain intact"), "audit chain after " + cycles + " SIGKILLs:\n" + audit);

        // everything of this run that the database holds, acknowledged or not: 500 rows a page (a 20-cycle run on
        // MariaDB stores more than 500 cases)
        CaseListing listing = CaseListing.of(karaf, UNIT, run);
        Set<String> stored = listing.numbers();
        String listed = listing.text();
        List<Attempt> acknowledged = attempts.stream().filter(a -> a.number != null).toList();
        for (Attempt a : acknowledged) {
            assertTrue(stored.contains(a.number), "acknowledged case " + a.number + " (" + a.marker
                    + ") is missing after the crashes; the run's cases found: " + stored + "\n" + listed);
        }
        Set<String> acknowledgedNumbers = new TreeSet<>();
        acknowledged.forEach(a -> acknowledgedNumbers.add(a.number));

        Map<String, Attempt> byNumber = new LinkedHashMap<>();
        acknowledged.forEach(a -> byNumber.put(a.number, a));
        // stored but never acknowledged: find which attempt it was by its marker
        List<String> unacknowledged = new ArrayList<>();
        for (String number : stored) {
            if (!acknowledgedNumbers.contains(number)) {
                unacknowledged.add(number);
            }
        }

        // case numbers repeat across units (the demo data has its own 2026/000001): address known cases by id
        Map<String, Long> ids = new HashMap<>();
        acknowledged.forEach(a -> ids.put(a.number, a.id));
        Map<String, String> shows = shellPerCase(new ArrayList<>(stored),
                n -> "danvan:case-show " + (ids.containsKey(n) ? Long.toString(ids.get(n)) : n));
        for (String number : unacknowledged) {
            String show = shows.get(number);
            Attempt match = attempts.stream().filter(a -> a.number == null && show.contains(a.marker + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("stored case " + number
                            + " matches no attempt of this run:\n" + show));
            match.number = number;
            Matcher id = Pattern.compile("\\(id (\\d+)\\)").matcher(show);
            assertTrue(id.find(), show);
            match.id = Long.parseLong(id.group(1));
            byNumber.put(number, match);
        }

        // the administrator holds no case.unmask of its own (a protected right): as in BackupRestoreIT, the
        // inspector role on the province (24) grants it for unit 24003
        String granted = karaf.shell("danvan:role-assign admin inspector 24");
        assertTrue(granted.contains("now holds inspector"), granted);
        Map<String, String> unmasks = shellPerCase(new ArrayList<>(stored),
                n -> "danvan:case-unmask --reason \"" + REASON + "\" " + byNumber.get(n).id);
        String intakeAudit = karaf.shell("danvan:audit-list --action case.intake --user admin --limit 1000");
        String attachAudit = karaf.shell("danvan:audit-list --action case.attach --user admin --limit 1000");

        Map<String, String> deadlines = new HashMap<>();
        int attachmentsChecked = 0;
        int attachmentsAcknowledged = 0;
        for (Attempt a : byNumber.values()) {
            String show = shows.get(a.number);
            String where = "case " + a.number + " (" + a.marker + (acknowledgedNumbers.contains(a.number)
                    ? ", acknowledged" : ", stored without acknowledgement") + "):\n" + show;
            assertTrue(show.contains("Content: " + a.content), "content " + where);
            assertTrue(show.contains("Received: " + today), "received date " + where);
            Matcher next = NEXT.matcher(show);
            assertTrue(next.find(), "no running clock " + where);
            String rule = next.group(2);
            String expectedDue = deadlines.computeIfAbsent(rule + " " + today,
                    k -> lastLine(karaf.shell("danvan:deadline " + k)));
            assertEquals(expectedDue, next.group(1), "due date " + where);
            assertTrue(Pattern.compile("case#" + a.id + " unit=").matcher(intakeAudit).find(),
                    "no case.intake audit entry for " + where);

            String unmask = unmasks.get(a.number);
            assertTrue(unmask.contains("Petitioner 1: " + a.petitioner), "petitioner " + where + "\n" + unmask);
            List<String[]> readBack = new ArrayList<>();
            Matcher r = READ_BACK.matcher(unmask);
            while (r.find()) {
                readBack.add(new String[] {r.group(1), r.group(2), r.group(3), r.group(4)});
            }
            if (a.attachAcknowledged) {
                attachmentsAcknowledged++;
                assertEquals(1, readBack.size(), "acknowledged attachment " + where + "\n" + unmask);
            } else {
                // the attach was not acknowledged: absent, or there whole
                assertTrue(readBack.size() <= 1, "attachments " + where + "\n" + unmask);
            }
            for (String[] file : readBack) {
                attachmentsChecked++;
                assertEquals(a.file.getFileName().toString(), file[1], "file name " + where);
                assertEquals(Long.toString(a.fileSize), file[2], "size read back " + where);
                assertEquals(a.fileSha, file[3], "SHA-256 read back " + where);
                assertTrue(attachAudit.contains("case#" + a.id + " unit=" ) && attachAudit.contains(a.fileSha),
                        "no case.attach audit entry for " + where);
            }
        }

        // a file written to the store whose row never committed (killed in between) is referenced by nothing
        Path store = karaf.home().resolve("data/danvan/attachments");
        Set<String> attachedShas = new TreeSet<>();
        byNumber.values().forEach(a -> {
            if (unmasks.get(a.number).contains(a.fileSha)) {
                attachedShas.add(a.fileSha);
            }
        });
        Set<String> sentShas = new TreeSet<>();
        attempts.forEach(a -> sentShas.add(a.fileSha));
        long orphans = Files.isDirectory(store) ? list(store).stream().map(p -> p.getFileName().toString())
                .filter(name -> sentShas.contains(name) && !attachedShas.contains(name)).count() : 0;

        String finalAudit = karaf.shell("danvan:audit-verify");
        assertTrue(finalAudit.contains("chain intact"), finalAudit);
        List<String> errors = karaf.logErrors().stream()
                .filter(line -> !line.contains("ShellUtil")).toList();

        long sent = attempts.size();
        Duration slowest = restarts.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        long averageRestart = restarts.isEmpty() ? 0
                : restarts.stream().mapToLong(Duration::toMillis).sum() / restarts.size();
        System.out.println(String.format(Locale.ROOT, "CRASH-TEST %s: %d SIGKILL cycles survived; %d cases sent, "
                + "%d acknowledged and found intact, %d stored without acknowledgement and found whole; "
                + "%d attachments acknowledged, %d read back with their SHA-256; audit chain intact (%s); "
                + "restart after a kill: average %d ms, slowest %d ms; unreferenced files in the store: %d; "
                + "ERROR lines in the log: %d",
                databaseName(), cycles, sent, acknowledged.size(), unacknowledged.size(), attachmentsAcknowledged,
                attachmentsChecked, lastLine(finalAudit), averageRestart, slowest.toMillis(), orphans, errors.size()));
        assertTrue(acknowledged.size() >= cycles, "the load generator got too few acknowledgements to prove "
                + "anything: " + acknowledged.size());
    }

    /** Runs one command per case in batches of one console session, split by an echoed separator. */
    private Map<String, String> shellPerCase(List<String> numbers, java.util.function.Function<String, String> command) {
        Map<String, String> out = new TreeMap<>();
        for (int from = 0; from < numbers.size(); from += 25) {
            List<String> batch = numbers.subList(from, Math.min(numbers.size(), from + 25));
            List<String> commands = new ArrayList<>();
            for (String n : batch) {
                commands.add("echo @@@ " + n);
                commands.add(command.apply(n));
            }
            commands.add("echo @@@ end");
            String text = karaf.shell(commands.toArray(String[]::new));
            for (String n : batch) {
                int start = text.indexOf("@@@ " + n + "\n");
                assertTrue(start >= 0, "no output for " + n + ":\n" + text);
                int end = text.indexOf("@@@ ", start + 4);
                out.put(n, text.substring(start, end < 0 ? text.length() : end));
            }
        }
        return out;
    }

    /** Output split at the echoed {@code @@@ <index>} lines: what each attempt's command printed. */
    private static Map<Integer, String> sections(String output) {
        Map<Integer, String> out = new HashMap<>();
        Matcher m = SECTION.matcher(output);
        int index = -1;
        int from = 0;
        while (m.find()) {
            if (index >= 0) {
                out.put(index, output.substring(from, m.start()));
            }
            index = Integer.parseInt(m.group(1));
            from = m.end();
        }
        if (index >= 0) {
            out.put(index, output.substring(from));
        }
        return out;
    }

    /** Console commands in one session; what they printed, also when the server died under them. */
    private String console(List<String> commands) {
        try {
            return karaf.shellAs("admin", "admin", 1, commands.toArray(String[]::new));
        } catch (AssertionError | IllegalStateException | UncheckedIOException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static Attempt newAttempt(int index, String run, Random random, Path dir, LocalDate today) {
        String marker = run + "n" + String.format(Locale.ROOT, "%05d", index);
        boolean denunciation = random.nextBoolean();
        String kind = denunciation ? "denunciation" : "recommendation";
        String petitioner = "Người Thử " + (char) ('A' + random.nextInt(26)) + " " + index;
        String content = marker + " Kiến nghị sửa đường liên thôn số " + index + " bị sạt lở sau mưa lớn ngày "
                + today;
        byte[] bytes = pdfLike(random, marker);
        Path file = dir.resolve("don-" + marker + ".pdf");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Attempt(index, marker, kind, petitioner, content, file, sha256(bytes), bytes.length);
    }

    /** A file the store accepts as PDF (magic bytes) with random content of 1 to 300 KiB. */
    private static byte[] pdfLike(Random random, String marker) {
        byte[] body = new byte[1024 + random.nextInt(300 * 1024)];
        random.nextBytes(body);
        byte[] head = ("%PDF-1.4\n% " + marker + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
