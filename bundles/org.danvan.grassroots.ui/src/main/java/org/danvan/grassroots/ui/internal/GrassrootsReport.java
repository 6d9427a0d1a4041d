package org.danvan.grassroots.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterFlag;
import org.danvan.grassroots.api.MatterState;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Translate;

/**
 * A commune's grassroots democracy in a period, as figures and as a document for the exporter: disclosures (on time,
 * flagged) and matters decided (passed, records on time).
 *
 * @param unitName the unit reported on
 * @param from first day
 * @param to last day
 * @param disclosures decided in the period
 * @param matters whose meeting fell in the period
 * @param missing groups due in every period (the quarterly budget execution) not disclosed in this one
 * @param activity comments answered, board activity, aspirations, meetings, steering tasks
 */
record GrassrootsReport(String unitName, LocalDate from, LocalDate to, List<Disclosure> disclosures,
        List<Matter> matters, List<ContentGroup> missing, ActivityFigures activity) {

    GrassrootsReport {
        disclosures = List.copyOf(disclosures);
        matters = List.copyOf(matters);
        missing = List.copyOf(missing);
        activity = activity == null ? ActivityFigures.NONE : activity;
    }

    /** Disclosures and matters only. */
    GrassrootsReport(String unitName, LocalDate from, LocalDate to, List<Disclosure> disclosures,
            List<Matter> matters, List<ContentGroup> missing) {
        this(unitName, from, to, disclosures, matters, missing, ActivityFigures.NONE);
    }

    /** "Not disclosed in the period: 2. Budget …", or an empty text when nothing is missing. */
    String missingText(Translate t) {
        return missing.isEmpty() ? "" : t.text("grassroots.ui.report.missing", missing.stream()
                .map(g -> g.number() + ". " + t.text(g.labelKey())).collect(Collectors.joining("; ")));
    }

    long disclosuresOnTime() {
        return disclosures.stream().filter(Disclosure::startedOnTime).count();
    }

    long disclosuresLate() {
        return disclosures.size() - disclosuresOnTime();
    }

    long disclosuresFlagged() {
        return disclosures.stream().filter(d -> !d.flags().isEmpty()).count();
    }

    long mattersCounted() {
        return matters.stream().filter(m -> m.state() != MatterState.OPEN).count();
    }

    long mattersPassed() {
        return matters.stream().filter(Matter::passed).count();
    }

    long recordsOnTime() {
        return matters.stream().filter(m -> m.state().recordSent()
                && !m.flags().contains(MatterFlag.RECORD_LATE)).count();
    }

    long recordsSent() {
        return matters.stream().filter(m -> m.state().recordSent()).count();
    }

    long mattersRecognised() {
        return matters.stream().filter(m -> m.state() == MatterState.RECOGNISED).count();
    }

    long mattersNotRecognised() {
        return matters.stream().filter(m -> m.state() == MatterState.NOT_RECOGNISED).count();
    }

    /**
     * The commune's answer to a matter's record: "Đã được công nhận: 15/QĐ-UBND, ngày 20/01/2027", or "Không được
     * công nhận ngày 20/01/2027: reason"; empty while there is none.
     */
    static String recognition(Matter m, Translate t) {
        if (m.recognisedOn() == null) {
            return "";
        }
        return m.state() == MatterState.RECOGNISED
                ? t.text("grassroots.ui.recognition.recognised", m.recognitionReference(),
                        LocalizedDates.format(m.recognisedOn()))
                : t.text("grassroots.ui.recognition.refused", LocalizedDates.format(m.recognisedOn()),
                        m.recognitionReason());
    }

    /** The one-sentence summary shown above the tables and at the top of the document. */
    String summary(Translate t) {
        return t.text("grassroots.ui.report.summary", disclosures.size(), disclosuresOnTime(), disclosuresFlagged(),
                matters.size(), mattersCounted(), mattersPassed(), recordsOnTime());
    }

    /** The document: title, period, summary, the disclosures table and the matters table. */
    ExportDocument document(Translate t) {
        List<List<Object>> disclosureRows = new ArrayList<>();
        for (Disclosure d : disclosures) {
            disclosureRows.add(List.of(d.decidedOn(), d.group() + ". " + t.text("grassroots.group." + d.group()),
                    d.title(), d.unitName(), d.firstStart() == null ? "" : LocalizedDates.format(d.firstStart()),
                    d.flags().isEmpty() ? t.text("grassroots.ui.flags.none")
                            : d.flags().stream().sorted().map(f -> t.text(f.labelKey()))
                                    .collect(Collectors.joining(", "))));
        }
        List<List<Object>> matterRows = new ArrayList<>();
        for (Matter m : matters) {
            List<Object> row = new ArrayList<>();
            row.add(m.meetingOn());
            row.add(m.title());
            row.add(m.unitName());
            row.add(m.households());
            row.add(m.householdsTakingPart());
            row.add(m.householdsTakingPart() == null ? null
                    : BigDecimal.valueOf(m.householdsTakingPart()).divide(BigDecimal.valueOf(m.households()), 4,
                            java.math.RoundingMode.DOWN));
            row.add(m.state() == MatterState.OPEN ? t.text(m.state().labelKey())
                    : m.passed() ? m.options().get(m.passedOption()).label() : t.text("grassroots.ui.report.none"));
            row.add(m.recordDueBy());
            row.add(m.recordSentOn());
            row.add(recognition(m, t));
            matterRows.add(row);
        }
        return ExportDocument.titled(t.text("grassroots.ui.report.document", unitName)).landscape().heading()
                .paragraph(t.text("grassroots.ui.report.period", LocalizedDates.format(from), LocalizedDates.format(to)))
                .paragraph(summary(t))
                .paragraph(missing.isEmpty() ? t.text("grassroots.ui.report.missing.none") : missingText(t))
                .paragraph(activity.summary(t))
                .add(new ExportBlock.Paragraph(t.text("grassroots.ui.report.disclosures"), 12, true,
                        ExportBlock.Align.LEFT))
                .add(new ExportBlock.Table(List.of(ExportColumn.date(t.text("grassroots.ui.field.decidedOn")),
                        ExportColumn.text(t.text("grassroots.ui.field.group"), 30),
                        ExportColumn.text(t.text("grassroots.ui.field.title"), 35),
                        ExportColumn.text(t.text("grassroots.ui.column.unit"), 18),
                        ExportColumn.text(t.text("grassroots.ui.report.started"), 12),
                        ExportColumn.text(t.text("grassroots.ui.column.flags"), 25)), disclosureRows, null))
                .add(new ExportBlock.Paragraph(t.text("grassroots.ui.report.matters"), 12, true,
                        ExportBlock.Align.LEFT))
                .add(new ExportBlock.Table(List.of(ExportColumn.date(t.text("grassroots.ui.field.meetingOn")),
                        ExportColumn.text(t.text("grassroots.ui.field.matterTitle"), 35),
                        ExportColumn.text(t.text("grassroots.ui.column.unit"), 18),
                        ExportColumn.integer(t.text("grassroots.ui.field.households")),
                        ExportColumn.integer(t.text("grassroots.ui.field.takingPart")),
                        ExportColumn.percent(t.text("grassroots.ui.report.turnout")),
                        ExportColumn.text(t.text("grassroots.ui.column.result"), 25),
                        ExportColumn.date(t.text("grassroots.ui.report.recordDue")),
                        ExportColumn.date(t.text("grassroots.ui.report.recordSent")),
                        ExportColumn.text(t.text("grassroots.ui.field.recognised"), 30)), matterRows, null))
                .build();
    }
}
