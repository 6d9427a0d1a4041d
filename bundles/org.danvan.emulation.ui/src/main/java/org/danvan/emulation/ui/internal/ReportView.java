package org.danvan.emulation.ui.internal;

import java.time.LocalDate;
import java.util.Map;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.Proposal;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ExportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A year's awards by title, level and unit with their amounts, narrowed by domain, level and unit (with its
 * subtree) when chosen, the "Dân vận khéo" models recognised by domain, level
 * and unit, and the title table with its sources — on screen, as an Excel workbook and as a PDF. The services decide
 * what the user may see.
 */
public class ReportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient EmulationCycle cycle;
    private final transient ModelService models;
    private final transient AwardTitles titles;
    private final transient DocumentExporter exporter;
    private final transient AuditTrail audit;
    private final transient OrgUnitDirectory units;
    private final transient UserPrincipal user;
    private final IntegerField year = new IntegerField();
    private final Select<ModelDomain> domain = new Select<>();
    private final Select<AwardLevel> level = new Select<>();
    private final UnitPicker unit;
    private final Paragraph summary = new Paragraph();
    private final Grid<Proposal> awards = new Grid<>();
    private final Grid<Model> recognised = new Grid<>();
    private final Grid<AwardTitle> titleTable = new Grid<>();
    private final Anchor xlsx = new Anchor();
    private final Anchor pdf = new Anchor();
    private transient EmulationReport report;

    public ReportView(EmulationCycle cycle, ModelService models, AwardTitles titles, OrgUnitDirectory units,
            DocumentExporter exporter, AuditTrail audit) {
        this.units = units;
        this.cycle = cycle;
        this.models = models;
        this.titles = titles;
        this.exporter = exporter;
        this.audit = audit;
        this.user = SignedInUser.get().orElse(null);
        setId("em-report");
        setSizeFull();
        year.setId("em-report-year");
        year.setLabel(getTranslation("emulation.ui.cycle.year"));
        year.setValue(LocalizedDates.today().getYear());
        year.setStepButtonsVisible(true);
        domain.setId("em-report-domain");
        domain.setLabel(getTranslation("emulation.ui.model.domain"));
        domain.setItems(ModelDomain.values());
        domain.setEmptySelectionAllowed(true);
        domain.setEmptySelectionCaption(getTranslation("emulation.ui.report.all"));
        domain.setItemLabelGenerator(d -> d == null ? getTranslation("emulation.ui.report.all")
                : getTranslation("emulation.domain." + d));
        level.setId("em-report-level");
        level.setLabel(getTranslation("emulation.ui.level"));
        level.setItems(AwardLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("emulation.ui.report.all"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("emulation.ui.report.all")
                : getTranslation("emulation.level." + l));
        unit = new UnitPicker(units, "em-report-unit", getTranslation("emulation.ui.column.unit"));
        Button show = new Button(getTranslation("emulation.ui.report.show"), e -> show());
        show.setId("em-report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        xlsx.setId("em-report-xlsx");
        xlsx.setText(getTranslation("emulation.ui.report.xlsx"));
        pdf.setId("em-report-pdf");
        pdf.setText(getTranslation("emulation.ui.report.pdf"));
        xlsx.setVisible(false);
        pdf.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(year, domain, level, unit, show, xlsx, pdf);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        summary.setId("em-report-summary");
        awards.setId("em-report-awards");
        awards.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        awards.addColumn(p -> getTranslation("emulation.title." + p.titleCode()))
                .setHeader(getTranslation("emulation.ui.title"));
        awards.addColumn(p -> getTranslation("emulation.level." + p.level())).setHeader(getTranslation(
                "emulation.ui.level"));
        awards.addColumn(Proposal::unitName).setHeader(getTranslation("emulation.ui.column.unit"));
        awards.addColumn(Proposal::candidateName).setHeader(getTranslation("emulation.ui.candidate"));
        awards.addColumn(p -> p.decisionNumber() + ", " + LocalizedDates.format(p.decidedOn()))
                .setHeader(getTranslation("emulation.ui.decision.number"));
        awards.addColumn(p -> Amounts.format(p.amount())).setHeader(getTranslation("emulation.ui.amount"));
        awards.setAllRowsVisible(true);
        recognised.setId("em-report-models");
        recognised.addColumn(Model::name).setHeader(getTranslation("emulation.ui.model.name"));
        recognised.addColumn(m -> getTranslation("emulation.domain." + m.domain()))
                .setHeader(getTranslation("emulation.ui.model.domain"));
        recognised.addColumn(m -> getTranslation("emulation.level." + m.level()))
                .setHeader(getTranslation("emulation.ui.level"));
        recognised.addColumn(Model::unitName).setHeader(getTranslation("emulation.ui.column.unit"));
        recognised.setAllRowsVisible(true);
        titleTable.setId("em-report-titles");
        titleTable.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        titleTable.addColumn(t -> getTranslation(t.labelKey())).setHeader(getTranslation("emulation.ui.title"));
        titleTable.addColumn(t -> String.join(", ", t.levels().stream().sorted()
                .map(l -> getTranslation("emulation.level." + l)).toList())).setHeader(getTranslation(
                        "emulation.ui.level"));
        titleTable.addColumn(t -> t.requires().isEmpty() ? "—" : String.join(" + ", t.requires().stream()
                .map(r -> r.code()).toList())).setHeader(getTranslation("emulation.ui.report.requires"));
        titleTable.addColumn(t -> t.coefficient().toPlainString())
                .setHeader(getTranslation("emulation.ui.report.coefficient"));
        titleTable.addColumn(AwardTitle::citation).setHeader(getTranslation("emulation.ui.report.source"))
                .setFlexGrow(3);
        titleTable.setAllRowsVisible(true);
        add(filters, summary, new H3(getTranslation("emulation.ui.report.awards")), awards,
                new H3(getTranslation("emulation.ui.report.models")), recognised,
                new H3(getTranslation("emulation.ui.report.titles")), titleTable);
        show();
    }

    void show() {
        int chosen = year.getValue() == null ? LocalizedDates.today().getYear() : year.getValue();
        LocalDate day = LocalDate.of(chosen, 12, 31).isAfter(LocalizedDates.today()) ? LocalizedDates.today()
                : LocalDate.of(chosen, 12, 31);
        OrgUnitInfo narrowedTo = unit.getValue();
        EmulationReport.Filter filter = new EmulationReport.Filter(domain.getValue(), level.getValue(),
                narrowedTo == null ? null : units.currentSubtree(narrowedTo.id()),
                narrowedTo == null ? null : narrowedTo.name());
        report = EmulationReport.of(chosen, cycle.proposals(chosen, user), models.models(user), titles.titles(day),
                filter);
        String narrowed = filter.describe(this::getTranslation);
        summary.setText(getTranslation("emulation.ui.report.summary", report.awards().size(),
                Amounts.format(report.total()), report.models().size()) + (narrowed.isEmpty() ? "" : " (" + narrowed
                        + ")"));
        awards.setItems(report.awards());
        recognised.setItems(report.models());
        titleTable.setItems(report.titles());
        String name = "thi-dua-" + chosen + (domain.getValue() == null ? "" : "-" + domain.getValue().name()
                .toLowerCase(java.util.Locale.ROOT)) + (level.getValue() == null ? "" : "-" + level.getValue().name()
                        .toLowerCase(java.util.Locale.ROOT)) + (narrowedTo == null ? "" : "-" + narrowedTo.code());
        offer(xlsx, name, ExportLinks.Format.XLSX);
        offer(pdf, name, ExportLinks.Format.PDF);
    }

    EmulationReport report() {
        return report;
    }

    private void offer(Anchor anchor, String baseName, ExportLinks.Format format) {
        ExportLinks.offer(anchor, exporter, report.document(this::getTranslation), baseName, format,
                () -> exported(baseName + format.extension()));
    }

    /** Recipients' names are in the report: who took it away is kept. */
    private void exported(String fileName) {
        if (user != null) {
            audit.record(new AuditEvent("emulation.report.exported", user.login(), user.userId(),
                    "emulation.report", fileName, user.orgUnitId(), Map.of("file", fileName), null));
        }
    }
}
