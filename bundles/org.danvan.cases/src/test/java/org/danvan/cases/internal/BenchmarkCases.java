package org.danvan.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.cases.internal.model.CaseCounter;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.persistence.api.EntityStore;

/**
 * The benchmarks' generated cases (CaseBenchmark, EngineAgainstSqlBenchmark): random Vietnamese names and petition
 * contents from a fixed vocabulary, and the bulk load of N cases through the engine's own row builders (encryption,
 * tokens, sketches) with multi-row INSERTs for tokens and sketches.
 */
final class BenchmarkCases {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hùng", "Lan", "Mai", "Nam",
        "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Hạnh", "Khoa", "Long"};
    static final String[] WORDS = ("khiếu nại tố cáo kiến nghị phản ánh đất đai thu hồi bồi thường giải phóng "
            + "mặt bằng xây dựng trái phép lấn chiếm vỉa hè môi trường ô nhiễm nước thải rác tiếng ồn thuế phí "
            + "hộ nghèo trợ cấp bảo hiểm y tế trường học đường giao thông cầu cống điện chiếu sáng cán bộ địa "
            + "chính thôn xóm tổ dân phố nhà văn hóa đóng góp biên lai công khai quy hoạch sổ đỏ giấy chứng nhận "
            + "quyền sử dụng tranh chấp ranh giới hàng xóm tường rào cây xanh ngập úng kênh mương thủy lợi").split(" ");

    private final EntityStore store;
    private final FieldCipher cipher;
    private final DataSource dataSource;
    private final LocalDate today;

    BenchmarkCases(EntityStore store, FieldCipher cipher, DataSource dataSource, LocalDate today) {
        this.store = store;
        this.cipher = cipher;
        this.dataSource = dataSource;
        this.today = today;
    }

    /** Loads {@code total} cases over four units, received over the last 400 days; returns their ids. */
    List<Long> load(int total, Random random) {
        IdentityVault vault = new IdentityVault(cipher);
        SearchIndex search = new SearchIndex(vault);
        long[] units = {TestOrgUnits.TIEN_DU, TestOrgUnits.LIM, TestOrgUnits.VILLAGE, TestOrgUnits.PROVINCE};
        Map<Long, Integer> sequence = new HashMap<>();
        List<Long> ids = new ArrayList<>(total);
        CaseKind[] kinds = CaseKind.values();
        for (int done = 0; done < total; done += 500) {
            int batch = Math.min(500, total - done);
            List<Object[]> tokens = new ArrayList<>();
            List<Object[]> shingles = new ArrayList<>();
            ids.addAll(store.inTransaction(em -> {
                List<Long> created = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    long unit = units[random.nextInt(units.length)];
                    int seq = sequence.merge(unit, 1, Integer::sum);
                    CaseKind kind = kinds[random.nextInt(kinds.length)];
                    LocalDate received = today.minusDays(random.nextInt(400));
                    CaseRecord record = new CaseRecord();
                    record.unitId = unit;
                    record.caseYear = 2026;
                    record.caseSeq = seq;
                    record.number = String.format("%d/%06d", 2026, seq);
                    record.trackingCode = TrackingCodes.next();
                    record.kind = kind.name();
                    record.status = CaseStatus.RECEIVED.name();
                    record.channel = Channel.POST.name();
                    record.peopleCount = 1;
                    record.concerned = "UBND " + WORDS[random.nextInt(WORDS.length)];
                    record.content = content(random);
                    record.excerpt = CaseCreation.excerpt(record.content);
                    record.receivedOn = received;
                    record.variants = "";
                    record.createdAt = Times.utc(Instant.now());
                    record.dueStep = "RESOLVE";
                    record.dueRuleId = "petition.process";
                    record.clockStart = received;
                    record.dueDate = received.plusDays(10);
                    record.dueState = (record.dueDate.isBefore(today) ? DueState.OVERDUE : DueState.ON_TIME).name();
                    // as if earlier daily runs had notified them: the benchmark times a steady-state run
                    record.notifiedState = DueState.OVERDUE.name().equals(record.dueState) ? record.dueState : null;
                    em.persist(record);
                    List<PersonData> persons = List.of(person(name(random), "09" + (10000000
                            + random.nextInt(89999999))));
                    vault.store(em, record.getId(), persons);
                    java.util.Set<String> recordTokens = SearchIndex.clearTokens(record);
                    if (!kind.protectsIdentity()) {
                        recordTokens.addAll(vault.nameTokens(persons));
                    }
                    recordTokens.forEach(t -> tokens.add(new Object[] {record.getId(), t}));
                    DuplicateDetector.sketch(record.content).forEach(h -> shingles.add(new Object[] {record.getId(), h}));
                    created.add(record.getId());
                }
                return created;
            }));
            // the token and sketch rows the engine builds, written with multi-row INSERTs: the bulk load is not
            // what is measured, and row-by-row round trips would make it take a quarter of an hour
            insertRows("cas_token", "token", tokens);
            insertRows("cas_shingle", "hash_value", shingles);
            if ((done / 500) % 20 == 0) {
                System.out.printf("BENCH ... %,d cases%n", done + batch);
            }
        }
        store.run(em -> sequence.forEach((unit, last) -> {
            CaseCounter counter = new CaseCounter(CaseCounter.key(unit, 2026));
            counter.lastValue = last;
            em.persist(counter);
        }));
        return ids;
    }

    private long nextBulkId = 1_000_000_000_000L;

    private void insertRows(String table, String column, List<Object[]> rows) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < rows.size(); from += 1000) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
                StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (id, version, case_id, " + column
                        + ") VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ",").append("(?,0,?,?)");
                }
                try (java.sql.PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Object[] row : chunk) {
                        insert.setLong(p++, nextBulkId++);
                        insert.setObject(p++, row[0]);
                        insert.setObject(p++, row[1]);
                    }
                    insert.executeUpdate();
                }
            }
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reflection received online at Tiên Du today, from one named petitioner with a phone number. */
    static IntakeRequest intakeRequest(Random random, LocalDate today) {
        return new IntakeRequest(TestOrgUnits.TIEN_DU, CaseKind.REFLECTION, Channel.ONLINE, null,
                List.of(person(name(random), "0" + (900000000 + random.nextInt(99999999)))), false, 1, "UBND xã",
                content(random), today, null, null);
    }

    static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    static PersonData person(String name, String phone) {
        return new PersonData(name, "Thôn Đông", null, phone, null, null);
    }

    static String content(Random random) {
        StringBuilder text = new StringBuilder("Đơn của công dân về");
        int words = 10 + random.nextInt(8);
        for (int i = 0; i < words; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
