package org.danvan.cases.ui.internal.detail;

import java.util.List;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.ui.internal.Refusals;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.UnitLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Duplicate candidates of a case (found at intake across all units), each with a link to the other case and, while
 * still open, "same matter" and "not a duplicate" buttons. Element ids: {@code <id>}, {@code <id>-open-<other>},
 * {@code <id>-link-<other>}, {@code <id>-dismiss-<other>}; each row's state in {@code data-state}.
 */
public final class DuplicatesPanel extends Grid<DuplicateCandidate> {

    private static final long serialVersionUID = 1L;

    private final transient CaseService cases;
    private final UserPrincipal user;
    private final long caseId;
    private final transient Runnable changed;

    /** @param changed told after a link or dismissal (e.g. to reload the case) */
    public DuplicatesPanel(CaseService cases, OrgUnitDirectory units, UserPrincipal user, long caseId,
            List<DuplicateCandidate> candidates, Runnable changed) {
        this(cases, units, user, caseId, candidates, changed, "case-duplicates");
    }

    /** @param units names the other case's unit: numbers are per unit, so a number alone is ambiguous */
    public DuplicatesPanel(CaseService cases, OrgUnitDirectory units, UserPrincipal user, long caseId,
            List<DuplicateCandidate> candidates, Runnable changed, String id) {
        this.cases = cases;
        this.user = user;
        this.caseId = caseId;
        this.changed = changed;
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(d -> {
            Button open = new Button(d.otherNumber(),
                    e -> CaseDetailContribution.open(d.otherCaseId()));
            open.setId(id + "-open-" + d.otherCaseId());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader(getTranslation("cases.ui.column.number")).setFlexGrow(1);
        addColumn(d -> UnitLabels.name(units, d.otherUnitId())).setHeader(getTranslation("cases.ui.column.unit"))
                .setFlexGrow(1);
        addColumn(d -> getTranslation("cases.ui.duplicate.reason." + d.reason()) + " · " + d.score() + " %")
                .setHeader(getTranslation("cases.ui.duplicate.reason")).setFlexGrow(1);
        addComponentColumn(d -> actions(d, id)).setHeader(getTranslation("cases.ui.duplicate.state")).setFlexGrow(2);
        setItems(candidates);
        setAllRowsVisible(true);
    }

    private Component actions(DuplicateCandidate d, String id) {
        if (!"OPEN".equals(d.state())) {
            Span state = new Span(getTranslation("cases.ui.duplicate.state." + d.state()));
            state.getElement().setAttribute("data-state", d.state());
            return state;
        }
        Button link = new Button(getTranslation("cases.ui.duplicate.link"),
                e -> decide(() -> cases.linkDuplicate(user, caseId, d.otherCaseId()), "cases.ui.duplicate.linked"));
        link.setId(id + "-link-" + d.otherCaseId());
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button dismiss = new Button(getTranslation("cases.ui.duplicate.dismiss"),
                e -> decide(() -> cases.dismissDuplicate(user, caseId, d.otherCaseId()), "cases.ui.duplicate.dismissed"));
        dismiss.setId(id + "-dismiss-" + d.otherCaseId());
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(link, dismiss);
        row.getElement().setAttribute("data-state", d.state());
        row.setSpacing(true);
        return row;
    }

    private void decide(Runnable call, String doneKey) {
        try {
            call.run();
            Refusals.success(getTranslation(doneKey));
        } catch (ValidationException | AccessDeniedException | CaseConflictException refused) {
            Refusals.show(refused, this::getTranslation);
        }
        changed.run();
    }
}
