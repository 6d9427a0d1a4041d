package org.danvan.hcmstudy.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.hcmstudy.api.Classification;
import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.PendingPerson;
import org.danvan.hcmstudy.api.ReviewStage;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The unit head's (and the overseeing Party committee's) view of a unit's commitments of a year: who registered and
 * reviewed what, the classification after the year-end review, and who has not registered or reviewed.
 */
public class AssessView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient CommitmentService commitments;
    private final transient List<EvidenceProvider> evidence;
    private final transient java.util.function.BiFunction<Commitment, UserPrincipal, Long> accountOf;
    private final Grid<Commitment> grid = new Grid<>();
    private final Grid<PendingPerson> pendingGrid = new Grid<>();

    public AssessView(CommitmentService commitments, OrgUnitDirectory units, AccessControl access,
            List<EvidenceProvider> evidence) {
        this(commitments, units, access, evidence, (c, asker) -> null);
    }

    /**
     * @param accountOf the user account of a commitment's member (asked as the head), {@code null} when the member
     *            has none: with an account, the other modules' evidence of the person's own work is shown first
     */
    public AssessView(CommitmentService commitments, OrgUnitDirectory units, AccessControl access,
            List<EvidenceProvider> evidence, java.util.function.BiFunction<Commitment, UserPrincipal, Long> accountOf) {
        super("hs-assess", units, access);
        this.commitments = commitments;
        this.evidence = evidence;
        this.accountOf = accountOf;
        grid.setId("hs-assess-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Commitment::memberName).setHeader(getTranslation("hcmstudy.ui.member.name")).setFlexGrow(1);
        grid.addColumn(c -> c.behaviours().stream().map(id -> getTranslation("hcmstudy.behaviour." + id))
                .collect(Collectors.joining("; ")) + (c.freeText() == null ? "" : ". " + c.freeText()))
                .setHeader(getTranslation("hcmstudy.ui.commitment.behaviours")).setFlexGrow(3);
        grid.addColumn(c -> c.midYearReview() == null ? "" : c.midYearReview())
                .setHeader(getTranslation("hcmstudy.ui.commitment.midYear")).setFlexGrow(2);
        grid.addColumn(c -> c.yearEndReview() == null ? "" : c.yearEndReview())
                .setHeader(getTranslation("hcmstudy.ui.commitment.yearEnd")).setFlexGrow(2);
        grid.addColumn(c -> c.classification() == null ? ""
                : getTranslation("hcmstudy.classification." + c.classification().name())
                        + " (" + LocalizedDates.format(c.assessedOn()) + ")")
                .setHeader(getTranslation("hcmstudy.ui.commitment.classification")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button assess = button("hs-assess-do-" + c.id(), "hcmstudy.ui.assess.action", e -> assess(c));
            assess.addThemeVariants(ButtonVariant.LUMO_SMALL);
            assess.setVisible(c.classification() == null && c.reviewed(ReviewStage.YEAR_END)
                    && may(HcmStudyPermissions.ASSESS));
            return assess;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("hcmstudy.ui.assess.empty"));
        pendingGrid.setId("hs-pending-list");
        pendingGrid.setAllRowsVisible(true);
        pendingGrid.addColumn(PendingPerson::memberName).setHeader(getTranslation("hcmstudy.ui.member.name"));
        pendingGrid.addColumn(p -> getTranslation("hcmstudy.ui.pending." + p.missing()))
                .setHeader(getTranslation("hcmstudy.ui.pending.missing"));
        pendingGrid.setEmptyStateText(getTranslation("hcmstudy.ui.pending.none"));
        add(filters(), new H3(getTranslation("hcmstudy.ui.assess.title")), grid,
                new H3(getTranslation("hcmstudy.ui.pending.title")), pendingGrid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null ? List.of() : commitments.ofUnit(unitId, chosenYear(), user));
        pendingGrid.setItems(unitId == null ? List.of() : commitments.pending(unitId, chosenYear(), user));
    }

    void assess(Commitment c) {
        Dialog dialog = dialog("hs-assess-dialog", "hcmstudy.ui.assess.action");
        Select<Classification> classification = new Select<>();
        classification.setId("hs-assess-classification");
        classification.setLabel(getTranslation("hcmstudy.ui.commitment.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(k -> getTranslation("hcmstudy.classification." + k.name()));
        TextArea comment = new TextArea(getTranslation("hcmstudy.ui.assess.comment"));
        comment.setId("hs-assess-comment");
        comment.setWidthFull();
        dialog.add(new Paragraph(c.memberName() + " — " + c.year()), evidence(c), classification, comment);
        FieldErrors errors = new FieldErrors().field(classification, "classification")
                .field(comment, "assessment");
        footer(dialog, "hs-assess-save", errors, () -> commitments.assess(c.id(), c.version(),
                classification.getValue(), comment.getValue(), user));
    }

    /**
     * What the other installed modules tell about the person's own work in the year (cases they handled on time …)
     * when the member has an account, then about their unit (cases, reception sessions, dialogues …), as concrete
     * evidence beside the commitment; the providers decide what the head may see.
     */
    Paragraph evidence(Commitment c) {
        Paragraph shown = new Paragraph();
        shown.setId("hs-assess-evidence");
        shown.getStyle().set("white-space", "pre-line");
        LocalDate from = LocalDate.of(c.year(), 1, 1);
        LocalDate to = LocalDate.of(c.year(), 12, 31);
        Long account = user == null ? null : accountOf.apply(c, user);
        List<String> lines = new ArrayList<>();
        if (account != null) {
            List<String> own = lines(new EvidenceQuery(c.unitId(), account, from, to, Set.of(), user));
            own.forEach(line -> lines.add("• " + c.memberName() + ": " + line));
        }
        lines(new EvidenceQuery(c.unitId(), null, from, to, Set.of(), user)).forEach(line -> lines.add("• " + line));
        shown.setText(lines.isEmpty() ? getTranslation("hcmstudy.ui.assess.noEvidence")
                : getTranslation("hcmstudy.ui.assess.evidence") + "\n" + String.join("\n", lines));
        return shown;
    }

    private List<String> lines(EvidenceQuery query) {
        List<String> lines = new ArrayList<>();
        for (EvidenceProvider provider : evidence) {
            if (provider.kinds().stream().allMatch(k -> k.id().startsWith(HcmStudyPermissions.MODULE + "."))) {
                continue;
            }
            try {
                provider.evidence(query).forEach(e -> lines.add(getTranslation(e.labelKey(),
                        e.labelArgs().toArray())));
            } catch (RuntimeException failed) {
                // one module's failure leaves the others' evidence shown
                LoggerFactory.getLogger(AssessView.class).warn("Evidence provider {} failed", provider, failed);
            }
        }
        return lines;
    }
}
