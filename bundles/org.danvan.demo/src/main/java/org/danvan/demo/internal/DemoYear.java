package org.danvan.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One year of activity of the demo province, made of calls to the real services as the demo users, so numbering,
 * clocks, encryption, notifications and the audit trail are the real ones.
 *
 * <p>No demo clock: every business date (received, accepted, resolved, held, recorded) is passed to the services,
 * which accept past days; the system instants (audit entries, timeline steps) are the real moment the demo was
 * created. So the audit trail never lies about when something was written, and the clocks and due states are those
 * of cases received on those past days, counted to the real today.
 */
final class DemoYear {

    private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);

    /** The units of the demo province (codes of identity's DemoProvince) with a few of their villages. */
    record Place(String code, String name, List<String> villages) {
    }

    static final String TIEN_DU = "24003";
    static final String PROVINCE = "24";
    static final String MERGED_COMMUNE = "09370";
    static final List<Place> PLACES = List.of(
            new Place(TIEN_DU, "xã Tiên Du", List.of("Thôn Đông", "Thôn Đoài", "Thôn Lũng Giang")),
            new Place("24004", "xã Yên Phong", List.of("Thôn Đông Xá", "Thôn Trung Bạn")),
            new Place("24001", "phường Kinh Bắc", List.of("Tổ dân phố số 1", "Tổ dân phố Thị Chung")),
            new Place("24002", "phường Từ Sơn", List.of("Tổ dân phố Đình Bảng", "Tổ dân phố Đồng Kỵ")),
            new Place("24012", "xã Lục Ngạn", List.of("Thôn Kim Sơn", "Thôn Bãi Chợ")),
            new Place("24010", "phường Bắc Giang", List.of("Tổ dân phố Xương Giang")));

    /** The demo users the year is made by. */
    record Actors(UserPrincipal reception, UserPrincipal chair, UserPrincipal handler, UserPrincipal admin,
            UserPrincipal inspector) {
    }

    /** What the year contains, and the calls the services refused (each is logged). */
    static final class Tally {
        final Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        final Map<CaseKind, Integer> byKind = new EnumMap<>(CaseKind.class);
        int cases;
        int secondComplaints;
        int resolvedLate;
        int duplicatesLinked;
        int sessions;
        int bookEntries;
        int dialogues;
        int commitments;
        int refused;

        @Override
        public String toString() {
            return secondComplaints + " second complaints, " + resolvedLate + " resolved late, "
                    + duplicatesLinked + " duplicates linked, " + sessions + " reception sessions, " + bookEntries
                    + " book entries, " + dialogues + " dialogues with " + commitments + " commitments, " + refused
                    + " refused";
        }
    }

    private final CaseService cases;
    private final ReceptionSchedule schedule;
    private final ReceptionBook book;
    private final DialogueService dialogues;
    private final Map<String, Long> unitIds;
    private final Actors who;
    private final LocalDate today;
    private final Random random;
    private final DemoText text;
    private final Tally tally = new Tally();

    DemoYear(CaseService cases, ReceptionSchedule schedule, ReceptionBook book, DialogueService dialogues,
            Map<String, Long> unitIds, Actors who, LocalDate today, long seed) {
        this.cases = cases;
        this.schedule = schedule;
        this.book = book;
        this.dialogues = dialogues;
        this.unitIds = unitIds;
        this.who = who;
        this.today = today;
        this.random = new Random(seed);
        this.text = new DemoText(random);
    }

    Tally create(int caseCount) {
        receptionYear();
        dialogueYear();
        for (int i = 0; i < caseCount; i++) {
            int index = i;
            attempt("case " + i, () -> {
                oneCase(index);
                return null;
            });
        }
        mergedCommuneCase();
        anonymousDenunciation();
        duplicatesAcrossUnits();
        return tally;
    }

    // ----- cases -----

    private CaseKind kind() {
        int r = random.nextInt(100);
        if (r < 30) {
            return CaseKind.COMPLAINT_FIRST;
        } else if (r < 38) {
            return CaseKind.DENUNCIATION;
        } else if (r < 52) {
            return CaseKind.RECOMMENDATION;
        } else if (r < 70) {
            return CaseKind.REFLECTION;
        } else if (r < 75) {
            return CaseKind.INFO_REQUEST_IN_PERSON;
        } else if (r < 79) {
            return CaseKind.INFO_REQUEST_ELECTRONIC;
        } else if (r < 82) {
            return CaseKind.INFO_REQUEST_POST;
        } else if (r < 88) {
            return CaseKind.VOTER_RECOMMENDATION;
        } else if (r < 94) {
            return CaseKind.OFFICIAL_CONDUCT_REPORT;
        }
        return CaseKind.MIXED;
    }

    private int age() {
        int r = random.nextInt(100);
        if (r < 12) {
            return random.nextInt(5);
        } else if (r < 40) {
            return 5 + random.nextInt(45);
        }
        return 50 + random.nextInt(310);
    }

    private Channel channel(CaseKind kind) {
        if (kind == CaseKind.VOTER_RECOMMENDATION) {
            return Channel.FORWARDED_BY_DEPUTY;
        }
        if (kind == CaseKind.INFO_REQUEST_ELECTRONIC) {
            return Channel.ONLINE;
        }
        if (kind == CaseKind.INFO_REQUEST_POST) {
            return Channel.POST;
        }
        int r = random.nextInt(10);
        return r < 5 ? Channel.RECEPTION_OFFICE : r < 8 ? Channel.POST : r < 9 ? Channel.ONLINE
                : Channel.FORWARDED_BY_FRONT;
    }

    private void oneCase(int index) {
        Place place = random.nextInt(100) < 55 ? PLACES.get(0) : PLACES.get(1 + random.nextInt(PLACES.size() - 1));
        boolean tienDu = place.code().equals(TIEN_DU);
        CaseKind kind = kind();
        int age = age();
        LocalDate received = today.minusDays(age);
        String village = text.pick(place.villages()) + ", " + place.name();
        Channel channel = channel(kind);
        String forwardedBy = switch (channel) {
            case FORWARDED_BY_DEPUTY -> "Đoàn đại biểu Quốc hội tỉnh Bắc Ninh";
            case FORWARDED_BY_FRONT -> "Ủy ban Mặt trận Tổ quốc Việt Nam " + place.name();
            default -> null;
        };
        boolean group = kind == CaseKind.VOTER_RECOMMENDATION || random.nextInt(20) == 0;
        PersonData petitioner = text.person(village + ", tỉnh Bắc Ninh");
        IntakeRequest request = new IntakeRequest(unit(place.code()), kind, channel, forwardedBy, List.of(petitioner),
                group, group ? 3 + random.nextInt(20) : 1, text.concerned(), text.content(kind, village), received,
                null, null);
        UserPrincipal intake = tienDu ? who.reception() : who.admin();
        IntakeReceipt receipt = cases.intake(intake, request, DuplicateAnswer.none());
        counted(kind);
        CaseDetail d = cases.detail(intake, receipt.caseId());
        if (age < 5 && random.nextInt(10) < 6) {
            if (kind == CaseKind.DENUNCIATION && tienDu) {
                // Law 25/2018 art. 24: the classification extended by 3 working days on a recorded ground
                long id = d.summary().id();
                d = again(d, version -> cases.extend(who.chair(), id, version, new Extension(3,
                        "QĐ " + (100 + random.nextInt(800)) + "/QĐ-UBND", received, "Cần xác minh tại hai thôn",
                        org.danvan.cases.api.ExtensionGround.SEVERAL_PLACES)));
            }
            status(d);
            return;
        }
        d = lifecycle(d, kind, received, age, tienDu);
        status(d);
        if (d.summary().status() == CaseStatus.CLOSED && kind == CaseKind.COMPLAINT_FIRST
                && d.outcome() == Outcome.REJECTED && random.nextInt(3) == 0) {
            secondComplaint(d);
        }
    }

    /** Takes a received case as far as its age and a draw allow. */
    private CaseDetail lifecycle(CaseDetail d, CaseKind kind, LocalDate received, int age, boolean tienDu) {
        UserPrincipal clerk = tienDu ? who.reception() : who.admin();
        UserPrincipal chair = tienDu ? who.chair() : who.admin();
        UserPrincipal handler = tienDu ? who.handler() : who.admin();
        long id = d.summary().id();
        int fate = random.nextInt(100);
        if (fate < 6 && kind != CaseKind.DENUNCIATION) {
            // an unprocessable letter (unsigned): returned with guidance
            d = again(d, version -> cases.classify(clerk, id, version, new Classification(kind, true, true, true,
                    false, false, false, Set.of(), "Đơn không có chữ ký của người viết đơn")));
            d = again(d, version -> cases.returnAndGuide(chair, id, version,
                    "Tòa án nhân dân khu vực 5 - Bắc Ninh",
                    "Hướng dẫn công dân bổ sung chữ ký và gửi đơn đến cơ quan có thẩm quyền"));
            return maybeClose(d, chair, age);
        }
        if (fate < 10) {
            d = again(d, version -> cases.classify(clerk, id, version, Classification.complete(kind)));
            d = again(d, version -> cases.transfer(chair, id, version, "Thanh tra tỉnh Bắc Ninh", unit("24-TT"),
                    "Nội dung thuộc thẩm quyền giải quyết của cấp tỉnh"));
            return maybeClose(d, chair, age);
        }
        d = again(d, version -> cases.classify(clerk, id, version, Classification.complete(kind)));
        LocalDate accepted = min(received.plusDays(2 + random.nextInt(7)));
        if (kind.isComplaint()) {
            d = again(d, version -> cases.accept(chair, id, version, accepted));
        } else if (kind == CaseKind.DENUNCIATION) {
            d = again(d, version -> cases.accept(chair, id, version, accepted));
            d = again(d, version -> cases.notifyAcceptance(chair, id, version, min(accepted.plusDays(2))));
        }
        if (tienDu) {
            d = again(d, version -> cases.assign(who.chair(), id, version, who.handler().userId(),
                    who.handler().fullName()));
        }
        boolean stillOpen = age < 50 ? random.nextInt(100) < 75 : random.nextInt(100) < 8;
        if (stillOpen) {
            if (kind == CaseKind.COMPLAINT_FIRST && age > 15 && random.nextInt(8) == 0) {
                d = again(d, version -> cases.suspend(handler, id, version,
                        new ResolutionDecision(min(accepted.plusDays(10)),
                                "QĐ " + (100 + random.nextInt(800)) + "/QĐ-UBND",
                                "Chờ kết quả giám định của cơ quan chuyên môn")));
            }
            return d;
        }
        boolean late = random.nextInt(100) < 15;
        LocalDate resolved = kind.isComplaint() || kind == CaseKind.DENUNCIATION
                ? min(accepted.plusDays(late ? 55 + random.nextInt(30) : 8 + random.nextInt(20)))
                : min(received.plusDays(late ? 25 + random.nextInt(30) : 3 + random.nextInt(8)));
        d = again(d, version -> cases.resolve(handler, id, version, resolution(kind, resolved)));
        if (Boolean.TRUE.equals(d.resolvedLate())) {
            tally.resolvedLate++;
        }
        return maybeClose(d, chair, age);
    }

    private Resolution resolution(CaseKind kind, LocalDate on) {
        String reference = (100 + random.nextInt(800)) + "/QĐ-UBND";
        if (kind.isComplaint() || kind == CaseKind.DENUNCIATION) {
            int r = random.nextInt(10);
            Outcome outcome = r < 5 ? Outcome.REJECTED : r < 8 ? Outcome.PARTLY_UPHELD : Outcome.UPHELD;
            return new Resolution(outcome, null, reference, on, switch (outcome) {
                case REJECTED -> "Không có cơ sở, giữ nguyên quyết định đã ban hành";
                case PARTLY_UPHELD -> "Có cơ sở một phần; điều chỉnh mức bồi thường, hỗ trợ";
                default -> "Có cơ sở; thu hồi, sửa đổi quyết định bị khiếu nại";
            });
        }
        if (kind.isInformationRequest()) {
            boolean refused = random.nextInt(8) == 0;
            return new Resolution(refused ? Outcome.INFORMATION_REFUSED : Outcome.INFORMATION_PROVIDED,
                    refused ? "Luật Tiếp cận thông tin 2016, Điều 6 (thông tin thuộc bí mật nhà nước)" : null,
                    reference, on, refused ? "Từ chối cung cấp, có văn bản nêu lý do" : "Đã cung cấp bản sao");
        }
        return new Resolution(Outcome.ANSWERED, null, reference, on,
                "Đã trả lời công dân bằng văn bản; giao thôn phối hợp thực hiện");
    }

    private CaseDetail maybeClose(CaseDetail d, UserPrincipal chair, int age) {
        if (age > 60 && random.nextInt(100) < 80) {
            return cases.close(chair, d.summary().id(), d.summary().version(), "Lưu hồ sơ");
        }
        return d;
    }

    /** A rejected first complaint brought again to the province as a second-time complaint. */
    private void secondComplaint(CaseDetail first) {
        LocalDate on = min(first.resolvedOn().plusDays(10 + random.nextInt(20)));
        attempt("second complaint of " + first.summary().number(), () -> {
            IntakeReceipt second = cases.reopen(who.inspector(), first.summary().id(), unit(PROVINCE), on,
                    "Khiếu nại lần hai: không đồng ý với quyết định giải quyết khiếu nại lần đầu số "
                            + (100 + random.nextInt(800)) + "/QĐ-UBND của Chủ tịch UBND xã");
            tally.secondComplaints++;
            counted(CaseKind.COMPLAINT_SECOND);
            CaseDetail d = cases.detail(who.inspector(), second.caseId());
            if (random.nextBoolean()) {
                d = again(d, version -> cases.classify(who.inspector(), second.caseId(), version,
                        Classification.complete(CaseKind.COMPLAINT_SECOND)));
                d = again(d, version -> cases.accept(who.inspector(), second.caseId(), version,
                        min(on.plusDays(5))));
            }
            status(d);
            return null;
        });
    }

    /** A case of Xã Liên Bão, received before it merged into Xã Tiên Du on 1 July 2025. */
    private void mergedCommuneCase() {
        attempt("case of the merged commune", () -> {
            LocalDate received = LocalDate.of(2025, 6, 16);
            IntakeRequest request = IntakeRequest.of(unit(MERGED_COMMUNE), CaseKind.COMPLAINT_FIRST,
                    Channel.RECEPTION_OFFICE, text.person("Thôn Liên Bão, xã Liên Bão (cũ), tỉnh Bắc Ninh"),
                    "Ủy ban nhân dân xã Liên Bão (cũ)", "Khiếu nại việc xã Liên Bão chưa chi trả tiền hỗ trợ "
                            + "chuyển đổi nghề nghiệp khi thu hồi đất dự án khu công nghiệp.", received);
            IntakeReceipt receipt = cases.intake(who.admin(), request, DuplicateAnswer.none());
            counted(CaseKind.COMPLAINT_FIRST);
            CaseDetail d = cases.detail(who.admin(), receipt.caseId());
            d = again(d, version -> cases.classify(who.admin(), receipt.caseId(), version,
                    Classification.complete(CaseKind.COMPLAINT_FIRST)));
            d = again(d, version -> cases.accept(who.admin(), receipt.caseId(), version,
                    LocalDate.of(2025, 6, 23)));
            d = again(d, version -> cases.resolve(who.admin(), receipt.caseId(), version, new Resolution(
                    Outcome.PARTLY_UPHELD, null, "215/QĐ-UBND", LocalDate.of(2025, 7, 28),
                    "Xã Tiên Du (kế thừa xã Liên Bão) chi trả phần hỗ trợ còn thiếu")));
            if (Boolean.TRUE.equals(d.resolvedLate())) {
                tally.resolvedLate++;
            }
            status(d);
            return null;
        });
    }

    /** A denunciation without a name: processable because it names the violator with specific evidence. */
    private void anonymousDenunciation() {
        attempt("anonymous denunciation", () -> {
            LocalDate received = today.minusDays(12);
            IntakeRequest request = new IntakeRequest(unit(TIEN_DU), CaseKind.DENUNCIATION, Channel.POST, null,
                    List.of(), false, 1, "Công chức địa chính - xây dựng xã Tiên Du",
                    "Tố cáo (không ghi tên) công chức địa chính xã nhận 30 triệu đồng của một hộ ở Thôn Đoài để xác "
                            + "nhận nguồn gốc đất không đúng thực tế; kèm ảnh chụp giấy biên nhận.", received,
                    null, null);
            IntakeReceipt receipt = cases.intake(who.reception(), request, DuplicateAnswer.none());
            counted(CaseKind.DENUNCIATION);
            CaseDetail d = cases.detail(who.reception(), receipt.caseId());
            d = again(d, version -> cases.classify(who.reception(), receipt.caseId(), version,
                    new Classification(CaseKind.DENUNCIATION, true, true, false, false, true, true, Set.of(),
                    "Tố cáo nặc danh, có thông tin cụ thể về người vi phạm và tài liệu kèm theo")));
            status(d);
            return null;
        });
    }

    /** The same petitioner and letter at Xã Tiên Du and, a week later, at Xã Yên Phong and the province. */
    private void duplicatesAcrossUnits() {
        for (int i = 0; i < 4; i++) {
            int index = i;
            attempt("duplicates " + i, () -> {
                String village = "Thôn Lũng Giang, xã Tiên Du";
                PersonData person = text.person(village + ", tỉnh Bắc Ninh");
                String content = text.content(CaseKind.RECOMMENDATION, village);
                LocalDate first = today.minusDays(20 + 40 * index);
                IntakeRequest atCommune = IntakeRequest.of(unit(TIEN_DU), CaseKind.RECOMMENDATION, Channel.POST,
                        person, "Ủy ban nhân dân xã", content, first);
                IntakeReceipt one = cases.intake(who.reception(), atCommune, DuplicateAnswer.none());
                counted(CaseKind.RECOMMENDATION);
                status(cases.detail(who.reception(), one.caseId()));
                String other = index % 2 == 0 ? "24004" : "24-BTCD";
                IntakeRequest again = IntakeRequest.of(unit(other), CaseKind.RECOMMENDATION, Channel.POST, person,
                        "Ủy ban nhân dân xã Tiên Du", content, min(first.plusDays(7)));
                List<DuplicateCandidate> offered = cases.possibleDuplicates(who.admin(), again);
                Set<Long> shown = Set.copyOf(offered.stream().map(DuplicateCandidate::otherCaseId).toList());
                // half are judged the same matter at intake, the others stay for the unit to review
                DuplicateAnswer answer = index < 2 ? new DuplicateAnswer(shown, shown)
                        : new DuplicateAnswer(Set.of(), Set.of());
                IntakeReceipt two = cases.intake(who.admin(), again, answer);
                if (index < 2 && !shown.isEmpty()) {
                    tally.duplicatesLinked++;
                }
                counted(CaseKind.RECOMMENDATION);
                status(cases.detail(who.admin(), two.caseId()));
                return null;
            });
        }
    }

    // ----- reception -----

    /** Weekly reception days of the chair of Xã Tiên Du (Thursdays) for a year and the next four weeks. */
    private void receptionYear() {
        LocalDate thursday = today.minusWeeks(52).with(DayOfWeek.THURSDAY);
        while (!thursday.isAfter(today.plusWeeks(4))) {
            LocalDate day = thursday;
            attempt("session " + day, () -> {
                session(day);
                return null;
            });
            thursday = thursday.plusWeeks(1);
        }
        // the session of today, so the home page has one
        if (today.getDayOfWeek() != DayOfWeek.THURSDAY && today.getDayOfWeek().getValue() < 6) {
            attempt("session today", () -> {
                schedule.schedule(new SessionDraft(unit(TIEN_DU), today, "Trụ sở tiếp công dân xã Tiên Du",
                        SessionKind.AD_HOC, who.chair().userId(), who.chair().fullName(), LeaderRole.HEAD,
                        "Tiếp công dân đột xuất về dự án mở rộng đường liên xã"), who.chair());
                tally.sessions++;
                return null;
            });
        }
    }

    private void session(LocalDate day) {
        boolean deputy = random.nextInt(8) == 0;
        ReceptionSession session = schedule.schedule(new SessionDraft(unit(TIEN_DU), day,
                "Trụ sở tiếp công dân xã Tiên Du", SessionKind.REGULAR, who.chair().userId(), who.chair().fullName(),
                LeaderRole.HEAD, null), who.chair());
        tally.sessions++;
        if (!day.isBefore(today)) {
            return;
        }
        session = schedule.recordHeld(session.id(), session.version(), deputy ? null : who.chair().userId(),
                deputy ? "Đỗ Văn Hùng (Phó Chủ tịch UBND xã)" : who.chair().fullName(),
                deputy ? LeaderRole.DEPUTY : LeaderRole.HEAD, who.chair());
        int citizens = random.nextInt(4);
        for (int i = 0; i < citizens; i++) {
            bookEntry(day, session.id());
        }
    }

    private void bookEntry(LocalDate day, long sessionId) {
        Place place = PLACES.get(0);
        String village = text.pick(place.villages()) + ", " + place.name();
        int r = random.nextInt(10);
        PetitionKind kind = r < 4 ? PetitionKind.COMPLAINT : r < 8 ? PetitionKind.REFLECTION
                : PetitionKind.RECOMMENDATION;
        CaseKind caseKind = kind == PetitionKind.COMPLAINT ? CaseKind.COMPLAINT_FIRST
                : kind == PetitionKind.REFLECTION ? CaseKind.REFLECTION : CaseKind.RECOMMENDATION;
        boolean guided = random.nextInt(5) == 0;
        PersonData person = text.person(village);
        BookEntry entry = book.record(new BookEntryDraft(unit(TIEN_DU), day, person.fullName(),
                village + ", tỉnh Bắc Ninh", person.idNumber(), text.content(caseKind, village), kind, 1, null,
                guided ? Disposition.RETURN_AND_GUIDE : Disposition.ACCEPT,
                guided ? "Tòa án nhân dân khu vực 5 - Bắc Ninh" : null,
                guided ? "Đã hướng dẫn công dân gửi đơn đến Tòa án" : "Tiếp nhận đơn, chuyển bộ phận xử lý",
                null, sessionId), who.reception());
        tally.bookEntries++;
        if (!guided && random.nextInt(3) == 0) {
            long caseId = book.openCase(entry.id(), who.reception());
            counted(caseKind);
            int age = (int) java.time.temporal.ChronoUnit.DAYS.between(day, today);
            // the case opened from the book goes its way like any other letter of that day
            status(lifecycle(cases.detail(who.reception(), caseId), caseKind, day, age, true));
        }
    }

    /** Dialogues of the chair with the people of Tiên Du, with commitments done, open and overdue. */
    private void dialogueYear() {
        String[][] topics = {
            {"Đối thoại về bồi thường, hỗ trợ dự án mở rộng đường liên xã", "Thôn Đông"},
            {"Đối thoại với hộ dân về ô nhiễm từ xưởng gỗ", "Thôn Đoài"},
            {"Đối thoại về thu chi quỹ xây dựng nhà văn hóa thôn", "Thôn Lũng Giang"},
            {"Đối thoại về cấp Giấy chứng nhận quyền sử dụng đất sau sáp nhập xã", "Thôn Liên Bão"},
            {"Đối thoại với thanh niên về việc làm và học nghề", "Thôn Đông"},
            {"Đối thoại về nạo vét kênh tiêu và phòng chống lụt bão", "Thôn Đoài"}};
        for (int i = 0; i < topics.length; i++) {
            String[] topic = topics[i];
            LocalDate held = today.minusDays(330 - 60L * i);
            attempt("dialogue " + i, () -> {
                List<CommitmentDraft> promised = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int c = 0; c < count; c++) {
                    boolean chairOwns = random.nextBoolean();
                    promised.add(new CommitmentDraft(text.pick(List.of(
                            "Rà soát, trả lời bằng văn bản cho các hộ dân",
                            "Tổ chức kiểm tra hiện trường cùng đại diện thôn",
                            "Công khai kết quả thu chi tại nhà văn hóa thôn",
                            "Kiến nghị cấp tỉnh bố trí kinh phí sửa chữa",
                            "Hoàn thiện hồ sơ cấp Giấy chứng nhận cho các hộ đủ điều kiện")),
                            chairOwns ? who.chair().fullName() : "Công chức địa chính - xây dựng xã",
                            chairOwns ? who.chair().userId() : null, held.plusDays(20 + random.nextInt(90))));
                }
                Dialogue dialogue = dialogues.record(new DialogueDraft(unit(TIEN_DU), held, topic[0],
                        "Chủ tịch UBND xã, đại diện Mặt trận, trưởng " + topic[1] + " và " + (20 + random.nextInt(60))
                                + " hộ dân", "Các hộ dân " + topic[1]
                                + " nêu ý kiến, kiến nghị; đề nghị xã trả lời cụ thể, công khai kết quả.", null,
                        promised), who.chair());
                tally.dialogues++;
                for (var commitment : dialogue.commitments()) {
                    tally.commitments++;
                    if (commitment.dueOn().isBefore(today) && random.nextInt(3) > 0) {
                        dialogues.completeCommitment(commitment.id(), commitment.version(),
                                min(commitment.dueOn().minusDays(random.nextInt(10))), who.chair());
                    }
                }
                return null;
            });
        }
    }

    // ----- helpers -----

    private long unit(String code) {
        Long id = unitIds.get(code);
        if (id == null) {
            throw new IllegalStateException("demo unit " + code + " missing");
        }
        return id;
    }

    private LocalDate min(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private void counted(CaseKind kind) {
        tally.cases++;
        tally.byKind.merge(kind, 1, Integer::sum);
    }

    private void status(CaseDetail d) {
        tally.byStatus.merge(d.summary().status(), 1, Integer::sum);
    }

    /**
     * A step on the case's current version; when something else changed the case meanwhile (the daily due-state
     * job runs while the demo is made), the step is taken once more on the new version.
     */
    private CaseDetail again(CaseDetail d, java.util.function.LongFunction<CaseDetail> step) {
        try {
            return step.apply(d.summary().version());
        } catch (org.danvan.cases.api.CaseConflictException changed) {
            return step.apply(cases.detail(who.admin(), d.summary().id()).summary().version());
        }
    }

    private <T> T attempt(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            tally.refused++;
            LOG.warn("Demo year: {} refused: {}", what, e.toString());
            return null;
        }
    }
}
