package org.danvan.hcmstudy.ui.internal;

import java.util.List;

import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.Exemplary;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The Party committee overseer's screen: every unit under the chosen one (within the overseer's scope) with its
 * sessions held, attendance, commitments registered and reviewed, and exemplary models of the year — read-only; a
 * unit chosen in the list opens its sessions, commitments and models. The services decide what the overseer sees.
 */
public class OverseerView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient StudyReports reports;
    private final transient StudyService study;
    private final transient CommitmentService commitments;
    private final transient ExemplaryService exemplary;
    private final Grid<UnitFigures> unitsGrid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Grid<StudySession> sessions = new Grid<>();
    private final Grid<Commitment> people = new Grid<>();
    private final Grid<Exemplary> models = new Grid<>();

    public OverseerView(StudyReports reports, StudyService study, CommitmentService commitments,
            ExemplaryService exemplary, OrgUnitDirectory units, AccessControl access) {
        super("hs-oversee", units, access);
        this.reports = reports;
        this.study = study;
        this.commitments = commitments;
        this.exemplary = exemplary;
        unitsGrid.setId("hs-oversee-units");
        unitsGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        unitsGrid.setAllRowsVisible(true);
        unitsGrid.addColumn(f -> name(f.unitId())).setHeader(getTranslation("hcmstudy.ui.unit")).setFlexGrow(2);
        unitsGrid.addColumn(f -> f.sessionsHeld() + "/" + f.sessionsPlanned())
                .setHeader(getTranslation("hcmstudy.ui.report.held")).setAutoWidth(true).setFlexGrow(0);
        unitsGrid.addColumn(f -> f.attendanceExpected() == 0 ? "" : Math.round(f.attendanceRate() * 100) + "%")
                .setHeader(getTranslation("hcmstudy.ui.report.attendance")).setAutoWidth(true).setFlexGrow(0);
        unitsGrid.addColumn(f -> f.registered() + "/" + f.members())
                .setHeader(getTranslation("hcmstudy.ui.report.registered")).setAutoWidth(true).setFlexGrow(0);
        unitsGrid.addColumn(f -> f.midYearReviewed() + " / " + f.yearEndReviewed() + " / " + f.assessed())
                .setHeader(getTranslation("hcmstudy.ui.report.reviews")).setAutoWidth(true).setFlexGrow(0);
        unitsGrid.addColumn(UnitFigures::exemplaryRecognised).setHeader(getTranslation("hcmstudy.ui.report.models"))
                .setAutoWidth(true).setFlexGrow(0);
        unitsGrid.setEmptyStateText(getTranslation("hcmstudy.ui.oversee.empty"));
        unitsGrid.asSingleSelect().addValueChangeListener(e -> open(e.getValue()));

        detailTitle.setId("hs-oversee-detail-title");
        sessions.setId("hs-oversee-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.setAllRowsVisible(true);
        sessions.addColumn(s -> LocalizedDates.format(s.heldOn() != null ? s.heldOn() : s.plannedOn()))
                .setHeader(getTranslation("hcmstudy.ui.oversee.day")).setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(StudySession::topic).setHeader(getTranslation("hcmstudy.ui.session.topic")).setFlexGrow(2);
        sessions.addColumn(StudySession::presenter).setHeader(getTranslation("hcmstudy.ui.session.presenter"));
        sessions.addColumn(s -> s.heldOn() == null ? getTranslation("hcmstudy.ui.oversee.planned")
                : getTranslation("hcmstudy.ui.oversee.attendance", s.attendance().stream()
                        .filter(StudySession.Attendance::present).count(), s.attendance().size()))
                .setHeader(getTranslation("hcmstudy.ui.report.attendance"));
        sessions.setEmptyStateText(getTranslation("hcmstudy.ui.oversee.noSessions"));
        people.setId("hs-oversee-commitments");
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.setAllRowsVisible(true);
        people.addColumn(Commitment::memberName).setHeader(getTranslation("hcmstudy.ui.member.name"));
        people.addColumn(c -> LocalizedDates.format(c.registeredOn()))
                .setHeader(getTranslation("hcmstudy.ui.oversee.registeredOn")).setAutoWidth(true).setFlexGrow(0);
        people.addColumn(c -> LocalizedDates.format(c.midYearOn()))
                .setHeader(getTranslation("hcmstudy.ui.commitment.midYear")).setAutoWidth(true).setFlexGrow(0);
        people.addColumn(c -> LocalizedDates.format(c.yearEndOn()))
                .setHeader(getTranslation("hcmstudy.ui.commitment.yearEnd")).setAutoWidth(true).setFlexGrow(0);
        people.addColumn(c -> c.classification() == null ? ""
                : getTranslation("hcmstudy.classification." + c.classification().name()))
                .setHeader(getTranslation("hcmstudy.ui.report.assessed"));
        people.setEmptyStateText(getTranslation("hcmstudy.ui.oversee.noCommitments"));
        models.setId("hs-oversee-models");
        models.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        models.setAllRowsVisible(true);
        models.addColumn(Exemplary::name).setHeader(getTranslation("hcmstudy.ui.model.name"));
        models.addColumn(m -> m.recognised() ? getTranslation("hcmstudy.ui.oversee.recognised", m.decisionRef(),
                LocalizedDates.format(m.decidedOn())) : getTranslation("hcmstudy.ui.oversee.proposed",
                        LocalizedDates.format(m.proposedOn())))
                .setHeader(getTranslation("hcmstudy.ui.model.decision")).setFlexGrow(2);
        models.setEmptyStateText(getTranslation("hcmstudy.ui.oversee.noModels"));
        detail.setId("hs-oversee-detail");
        detail.setPadding(false);
        detail.add(detailTitle, new H4(getTranslation("hcmstudy.ui.oversee.sessions")), sessions,
                new H4(getTranslation("hcmstudy.ui.oversee.commitments")), people,
                new H4(getTranslation("hcmstudy.ui.oversee.models")), models);
        detail.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("hcmstudy.ui.oversee.help"));
        add(filters(), help, unitsGrid, detail);
        refresh();
    }

    private String name(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name).orElse(Long.toString(unitId));
    }

    @Override
    protected void refresh() {
        detail.setVisible(false);
        Long chosen = unitId();
        unitsGrid.setItems(chosen == null ? List.of() : reports.byUnit(chosen, chosenYear(), user));
    }

    /** The drill-down: one unit's sessions, commitments and models of the year, read-only. */
    void open(UnitFigures figures) {
        if (figures == null) {
            detail.setVisible(false);
            return;
        }
        long unit = figures.unitId();
        int y = chosenYear();
        detailTitle.setText(getTranslation("hcmstudy.ui.oversee.detail", name(unit), y));
        sessions.setItems(study.programme(unit, y, user).map(p -> study.sessions(p.id(), user)).orElse(List.of()));
        people.setItems(commitments.ofUnit(unit, y, user));
        // the service answers for the subtree: this unit's own models of the year
        models.setItems(exemplary.ofUnit(unit, user).stream().filter(m -> m.unitId() == unit
                && (m.proposedOn().getYear() == y || (m.decidedOn() != null && m.decidedOn().getYear() == y)))
                .toList());
        detail.setVisible(true);
    }
}
