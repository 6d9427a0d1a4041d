package org.danvan.emulation.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelState;
import org.danvan.emulation.api.Proposal;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;

/**
 * A year's emulation report: the awards decided (title, level, unit, recipient, decision, amount), the "Dân vận khéo"
 * models recognised that year by domain, level and unit, and the title table in force with its sources.
 *
 * @param year the year
 * @param awards the decided proposals of the year
 * @param models the models recognised in the year
 * @param titles the title table in force at the end of the year (or today)
 * @param filter what the report was narrowed to
 */
record EmulationReport(int year, List<Proposal> awards, List<Model> models, List<AwardTitle> titles, Filter filter) {

    /**
     * What a report is narrowed to; {@code null} is "all". The domain narrows the models (an award has no domain);
     * the level narrows both (the awarding level of an award, the recognising level of a model); the unit narrows
     * both to the records of the unit and every unit below it.
     *
     * @param domain a model domain
     * @param level an awarding or recognising level
     * @param unitIds the chosen unit and its subtree
     * @param unitName the chosen unit's name, for the title
     */
    record Filter(ModelDomain domain, AwardLevel level, Set<Long> unitIds, String unitName) {

        static final Filter ALL = new Filter(null, null, null, null);

        Filter {
            unitIds = unitIds == null ? null : Set.copyOf(unitIds);
        }

        boolean keeps(Proposal p) {
            return (level == null || p.level() == level) && (unitIds == null || unitIds.contains(p.unitId()));
        }

        boolean keeps(Model m) {
            return (domain == null || m.domain() == domain) && (level == null || m.level() == level)
                    && (unitIds == null || unitIds.contains(m.unitId()));
        }

        /** "Lĩnh vực …; cấp …; đơn vị …", or the empty string when nothing is narrowed. */
        String describe(Translate t) {
            List<String> parts = new ArrayList<>();
            if (domain != null) {
                parts.add(t.text("emulation.ui.report.filter.domain", t.text("emulation.domain." + domain)));
            }
            if (level != null) {
                parts.add(t.text("emulation.ui.report.filter.level", t.text("emulation.level." + level)));
            }
            if (unitName != null) {
                parts.add(t.text("emulation.ui.report.filter.unit", unitName));
            }
            return String.join("; ", parts);
        }
    }

    static EmulationReport of(int year, List<Proposal> proposals, List<Model> models, List<AwardTitle> titles) {
        return of(year, proposals, models, titles, Filter.ALL);
    }

    static EmulationReport of(int year, List<Proposal> proposals, List<Model> models, List<AwardTitle> titles,
            Filter filter) {
        return new EmulationReport(year, proposals.stream().filter(p -> p.state().awarded() && filter.keeps(p))
                .toList(), models.stream().filter(m -> m.state() == ModelState.RECOGNISED
                        && m.decidedOn() != null && m.decidedOn().getYear() == year && filter.keeps(m)).toList(),
                titles, filter);
    }

    BigDecimal total() {
        return awards.stream().map(Proposal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    ExportDocument document(Translate t) {
        List<List<Object>> awardRows = new ArrayList<>();
        for (Proposal p : awards) {
            awardRows.add(List.of(t.text("emulation.title." + p.titleCode()), t.text("emulation.level." + p.level()),
                    p.awardingUnitName(), p.unitName(), p.candidateName(), p.decisionNumber(), p.decidedOn(),
                    p.amount().longValueExact()));
        }
        List<List<Object>> modelRows = new ArrayList<>();
        for (Model m : models) {
            modelRows.add(List.of(m.name(), t.text("emulation.domain." + m.domain()), t.text("emulation.level."
                    + m.level()), m.unitName(), m.decisionNumber(), m.decidedOn()));
        }
        List<List<Object>> titleRows = new ArrayList<>();
        for (AwardTitle title : titles) {
            titleRows.add(List.of(t.text(title.labelKey()), t.text("emulation.recipient." + title.recipient()),
                    String.join(", ", title.levels().stream().sorted().map(l -> t.text("emulation.level." + l))
                            .toList()), title.requires().isEmpty() ? "—" : String.join(" + ", title.requires()
                                    .stream().map(r -> r.code()).toList()), title.coefficient().toPlainString(),
                    title.citation()));
        }
        ExportDocument.Builder doc = ExportDocument.titled(t.text("emulation.ui.report.document", year)).heading();
        String narrowed = filter.describe(t);
        if (!narrowed.isEmpty()) {
            doc.add(new ExportBlock.Paragraph(narrowed, 11, false, ExportBlock.Align.CENTER));
        }
        return doc.paragraph(t.text("emulation.ui.report.awards"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("emulation.ui.title"), 22),
                        ExportColumn.text(t.text("emulation.ui.level"), 10),
                        ExportColumn.text(t.text("emulation.ui.awardingUnit"), 18),
                        ExportColumn.text(t.text("emulation.ui.column.unit"), 18),
                        ExportColumn.text(t.text("emulation.ui.candidate"), 18),
                        ExportColumn.text(t.text("emulation.ui.decision.number"), 12),
                        ExportColumn.date(t.text("emulation.ui.decision.date")),
                        ExportColumn.integer(t.text("emulation.ui.amount"))), awardRows,
                        t.text("emulation.ui.report.total")))
                .paragraph(t.text("emulation.ui.report.models"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("emulation.ui.model.name"), 28),
                        ExportColumn.text(t.text("emulation.ui.model.domain"), 16),
                        ExportColumn.text(t.text("emulation.ui.level"), 10),
                        ExportColumn.text(t.text("emulation.ui.column.unit"), 18),
                        ExportColumn.text(t.text("emulation.ui.decision.number"), 12),
                        ExportColumn.date(t.text("emulation.ui.decision.date"))), modelRows, null))
                .paragraph(t.text("emulation.ui.report.titles"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("emulation.ui.title"), 24),
                        ExportColumn.text(t.text("emulation.ui.recipient"), 10),
                        ExportColumn.text(t.text("emulation.ui.level"), 14),
                        ExportColumn.text(t.text("emulation.ui.report.requires"), 18),
                        ExportColumn.text(t.text("emulation.ui.report.coefficient"), 8),
                        ExportColumn.text(t.text("emulation.ui.report.source"), 40)), titleRows, null))
                .landscape().build();
    }
}
