package org.danvan.rules.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.calendar.internal.CivilCodeDeadlineCalculator;
import org.danvan.calendar.internal.VietnameseWorkingCalendar;
import org.danvan.rules.internal.RuleTableParser;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.internal.StatutoryRuleTable;
import org.junit.jupiter.api.Test;

/** The commands' work, without the Karaf console (which only adds the console user check and printing). */
class CommandsTest {

    private static final VietnameseWorkingCalendar CALENDAR = VietnameseWorkingCalendar.withBundledDefaults();
    private static final StatutoryRuleTable TABLE = new StatutoryRuleTable(RuleTableParser.bundled(),
            new CivilCodeDeadlineCalculator(CALENDAR));

    private static DeadlineCommand deadline(String ruleId, String date) {
        DeadlineCommand command = new DeadlineCommand();
        command.rules = TABLE;
        command.ruleId = ruleId;
        command.date = date;
        return command;
    }

    @Test
    void deadlineWithVariants() {
        assertEquals(LocalDate.of(2026, 4, 28), deadline("complaint.first.resolve", "2026-03-28").compute());
        DeadlineCommand complexRemote = deadline("complaint.first.resolve", "2026-03-28");
        complexRemote.complex = true;
        complexRemote.remote = true;
        assertEquals(LocalDate.of(2026, 5, 27), complexRemote.compute());
        DeadlineCommand agencies = deadline("voter.answer", "2020-03-02");
        agencies.severalAgencies = true;
        assertEquals(LocalDate.of(2020, 4, 21), agencies.compute(), "2 March 2020 + 50 = 21 April, a Tuesday");
        DeadlineCommand trailing = deadline("complaint.first.resolve", "2026-03-28");
        trailing.trailingFlags = List.of("--complex", "--remote");
        assertEquals(LocalDate.of(2026, 5, 27), trailing.compute(), "flags after the date, as documented");
        DeadlineCommand typo = deadline("complaint.first.resolve", "2026-03-28");
        typo.trailingFlags = List.of("--complx");
        assertEquals("Tùy chọn “--complx” không hợp lệ; dùng --complex, --especially-complex, --remote hoặc "
                + "--several-agencies.", assertThrows(IllegalArgumentException.class, typo::compute).getMessage());
        assertEquals("2026-04-28", deadline("complaint.first.resolve", "2026-03-28").compute().toString(),
                "printed as yyyy-MM-dd");
    }

    @Test
    void badInputGetsAClearVietnameseMessage() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> deadline("complaint.nope", "2026-03-02").compute());
        assertTrue(unknown.getMessage().startsWith("Không có quy định mang mã “complaint.nope”"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("complaint.first.resolve"), "lists the known ids");
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class,
                () -> deadline("complaint.filing", "2026-02-30").compute());
        assertEquals("“2026-02-30” không phải là ngày hợp lệ (định dạng yyyy-MM-dd).", badDate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> deadline("complaint.filing", "02/03/2026").compute());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> deadline("denunciation.resolve", "2018-12-31").compute());
        assertTrue(early.getMessage().contains("2019-01-01"), early.getMessage());
    }

    @Test
    void holidaysOf2026InVietnamese() {
        HolidaysCommand command = new HolidaysCommand();
        command.calendar = CALENDAR;
        command.year = "2026";
        assertEquals(List.of("2026-01-01 Tết Dương lịch", "2026-02-16 Tết Âm lịch", "2026-02-17 Tết Âm lịch",
                "2026-02-18 Tết Âm lịch", "2026-02-19 Tết Âm lịch", "2026-02-20 Tết Âm lịch", "2026-04-27 Nghỉ bù",
                "2026-04-30 Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)",
                "2026-05-01 Ngày Quốc tế Lao động", "2026-09-01 Nghỉ lễ Quốc khánh (ngày liền kề)",
                "2026-09-02 Quốc khánh"), command.lines());
        command.year = "20x6";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::lines);
        assertEquals("“20x6” không phải là năm hợp lệ (từ 1900 đến 2200).", e.getMessage());
    }

    /** A refused calendar change is shown as the calendar's own Vietnamese messages, one per line. */
    @Test
    void calendarRefusalsAreShownInVietnamese() {
        ValidationException refused = new ValidationException(List.of(
                Violation.of("date", "calendar.error.alreadyRestDay", LocalDate.of(2026, 5, 9)),
                Violation.of("name", "calendar.error.name.tooLong", 255)));
        assertEquals("Ngày 2026-05-09 là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ." + System.lineSeparator()
                + "Tên dài quá 255 ký tự.", CalendarCommands.refusal(refused).getMessage());
    }

    @Test
    void rulesInForceOnADay() {
        RulesCommand command = new RulesCommand();
        command.rules = TABLE;
        List<String> lines = command.lines(LocalDate.of(2026, 3, 2));
        assertEquals(18, lines.size());
        assertTrue(lines.contains("complaint.first.resolve\t30\tCALENDAR_DAYS\tLuật Khiếu nại số 02/2011/QH13, Điều 28"
                + "\tCOMPLEX+REMOTE=60 COMPLEX=45 REMOTE=45\t-\t-"), String.join("\n", lines));
        assertTrue(lines.contains("denunciation.resolve\t30\tCALENDAR_DAYS\tLuật Tố cáo số 25/2018/QH14, Điều 30\t-"
                + "\t2x30 CALENDAR_DAYS complex-only COMPLEX=1 ESPECIALLY_COMPLEX=2\t-"), String.join("\n", lines));
        command.date = "2018-07-01";
        assertEquals(List.of("complaint.accept", "complaint.filing", "complaint.first.resolve",
                "complaint.second.accept", "complaint.second.filing", "complaint.second.resolve",
                "info.electronic.complex.notify", "info.electronic.provide", "info.inperson.provide",
                "info.post.complex.notify", "info.post.provide", "reception.answer", "voter.answer"),
                command.lines(null).stream().map(line -> line.substring(0, line.indexOf('\t'))).toList(),
                "before the denunciation law and the circular");
    }
}
