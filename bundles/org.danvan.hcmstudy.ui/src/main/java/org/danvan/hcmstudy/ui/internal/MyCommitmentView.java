package org.danvan.hcmstudy.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.danvan.hcmstudy.api.Behaviour;
import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentDraft;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.ReviewStage;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.ModuleScreen;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A member's own page: what they still owe, their registration of the year (behaviours from the list plus free
 * text), their mid-year and year-end self-reviews, and their history over the years with the head's classification.
 */
public class MyCommitmentView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CommitmentService commitments;
    private final transient UserPrincipal user;
    private final Paragraph pending = new Paragraph();
    private final Button register;
    private final Grid<Commitment> history = new Grid<>();

    public MyCommitmentView(CommitmentService commitments) {
        this.commitments = commitments;
        this.user = SignedInUser.get().orElse(null);
        setId("hs-mine");
        setSizeFull();
        pending.setId("hs-mine-pending");
        register = new Button(getTranslation("hcmstudy.ui.mine.register"), e -> register());
        register.setId("hs-mine-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.setId("hs-mine-history");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.addColumn(Commitment::year).setHeader(getTranslation("hcmstudy.ui.year")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(this::behaviours).setHeader(getTranslation("hcmstudy.ui.commitment.behaviours"))
                .setWidth("14rem").setFlexGrow(3);
        history.addColumn(c -> c.reviewed(ReviewStage.MID_YEAR) ? LocalizedDates.format(c.midYearOn()) : "")
                .setHeader(getTranslation("hcmstudy.ui.commitment.midYear")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.reviewed(ReviewStage.YEAR_END) ? LocalizedDates.format(c.yearEndOn()) : "")
                .setHeader(getTranslation("hcmstudy.ui.commitment.yearEnd")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.classification() == null ? ""
                : getTranslation("hcmstudy.classification." + c.classification().name()))
                .setHeader(getTranslation("hcmstudy.ui.commitment.classification")).setFlexGrow(1);
        history.addComponentColumn(c -> {
            // one above the other: two buttons side by side push the grid wider than a laptop's screen
            VerticalLayout actions = new VerticalLayout();
            actions.setPadding(false);
            actions.setSpacing(false);
            if (c.classification() == null) {
                for (ReviewStage stage : ReviewStage.values()) {
                    Button review = new Button(getTranslation("hcmstudy.ui.commitment.review." + stage.name()),
                            e -> review(c, stage));
                    review.setId("hs-mine-review-" + stage.name() + "-" + c.id());
                    review.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    actions.add(review);
                }
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        history.setEmptyStateText(getTranslation("hcmstudy.ui.mine.empty"));
        add(pending, register, new H3(getTranslation("hcmstudy.ui.mine.history")), history);
        refresh();
    }

    String behaviours(Commitment c) {
        String listed = c.behaviours().stream().map(id -> getTranslation("hcmstudy.behaviour." + id))
                .collect(Collectors.joining("; "));
        return c.freeText() == null ? listed : listed + ". " + c.freeText();
    }

    private void refresh() {
        if (user == null) {
            return;
        }
        List<Member> mine = commitments.myMemberships(user);
        register.setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            pending.setText(getTranslation("hcmstudy.ui.mine.notOnList"));
        } else {
            List<String> owed = commitments.myPending(user).stream()
                    .map(p -> getTranslation("hcmstudy.ui.pending." + p.missing())).toList();
            pending.setText(owed.isEmpty() ? getTranslation("hcmstudy.ui.mine.upToDate")
                    : getTranslation("hcmstudy.ui.mine.owed", String.join("; ", owed)));
        }
        history.setItems(commitments.myHistory(user));
    }

    private void register() {
        List<Member> mine = commitments.myMemberships(user);
        Dialog dialog = new Dialog();
        dialog.setId("hs-register-dialog");
        dialog.setHeaderTitle(getTranslation("hcmstudy.ui.mine.register"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        Select<Member> as = new Select<>();
        as.setId("hs-register-member");
        as.setLabel(getTranslation("hcmstudy.ui.commitment.as"));
        as.setItems(mine);
        as.setItemLabelGenerator(m -> m.position() == null ? m.name() : m.name() + " — " + m.position());
        as.setValue(mine.get(0));
        as.setVisible(mine.size() > 1);
        IntegerField yearField = new IntegerField(getTranslation("hcmstudy.ui.year"));
        yearField.setId("hs-register-year");
        yearField.setValue(LocalizedDates.today().getYear());
        CheckboxGroup<Behaviour> chosen = new CheckboxGroup<>(getTranslation("hcmstudy.ui.commitment.behaviours"));
        chosen.setId("hs-register-behaviours");
        chosen.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        chosen.setItems(commitments.behaviours().stream().filter(b -> b.appliesTo(mine.get(0).leader())).toList());
        as.addValueChangeListener(e -> chosen.setItems(commitments.behaviours().stream()
                .filter(b -> e.getValue() != null && b.appliesTo(e.getValue().leader())).toList()));
        TextArea freeText = new TextArea(getTranslation("hcmstudy.ui.commitment.freeText"));
        freeText.setId("hs-register-text");
        freeText.setMaxLength(CommitmentDraft.TEXT_MAX);
        freeText.setWidthFull();
        dialog.add(new VerticalLayout(as, yearField, chosen, freeText));
        FieldErrors errors = new FieldErrors().field(as, "memberId").field(yearField, "year")
                .field(chosen, "behaviours").field(freeText, "freeText");
        finish(dialog, "hs-register-save", errors, () -> commitments.register(new CommitmentDraft(
                as.getValue() == null ? null : as.getValue().id(), yearField.getValue(),
                chosen.getValue().stream().map(Behaviour::id).toList(), freeText.getValue()), user));
    }

    void review(Commitment c, ReviewStage stage) {
        Dialog dialog = new Dialog();
        dialog.setId("hs-review-dialog");
        dialog.setHeaderTitle(getTranslation("hcmstudy.ui.commitment.review." + stage.name()));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        TextArea text = new TextArea(getTranslation("hcmstudy.ui.commitment.reviewText"));
        text.setId("hs-review-text");
        text.setWidthFull();
        String before = stage == ReviewStage.MID_YEAR ? c.midYearReview() : c.yearEndReview();
        text.setValue(before == null ? "" : before);
        dialog.add(new Paragraph(behaviours(c)), text);
        FieldErrors errors = new FieldErrors().field(text, "review");
        finish(dialog, "hs-review-save", errors, () -> commitments.review(c.id(), c.version(), stage,
                text.getValue(), user));
    }

    private void finish(Dialog dialog, String saveId, FieldErrors errors, Runnable step) {
        ModuleScreen.saveFooter(this, dialog, saveId, errors, step, this::refresh);
    }
}
