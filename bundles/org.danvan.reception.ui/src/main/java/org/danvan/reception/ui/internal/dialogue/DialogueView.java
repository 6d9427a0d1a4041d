package org.danvan.reception.ui.internal.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.ui.internal.Pickers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Dialogues with citizens of a unit and their commitments. The commitments due within {@link #DUE_AHEAD_DAYS} days
 * (overdue ones included) come first, by due date, so what must be done is seen before the history; then the
 * dialogues of the chosen period, newest first.
 */
public class DialogueView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** How far ahead the "due" list looks. */
    static final int DUE_AHEAD_DAYS = 30;

    private final transient DialogueService dialogues;
    private final UserPrincipal user;
    final UnitPicker unit;
    final DatePicker from = Pickers.day("reception-dialogue-filter-from", getTranslation("reception.ui.filter.from"));
    final DatePicker to = Pickers.day("reception-dialogue-filter-to", getTranslation("reception.ui.filter.to"));
    final Div due = new Div();
    final Div list = new Div();
    final Button record = new Button();

    public DialogueView(DialogueService dialogues, OrgUnitDirectory units) {
        this.dialogues = dialogues;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        setId("reception-dialogues");
        setWidthFull();
        unit = new UnitPicker(units, "reception-dialogue-filter-unit", getTranslation("reception.ui.filter.unit"));
        if (user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        LocalDate today = LocalizedDates.today();
        from.setValue(today.minusYears(1));
        to.setValue(today);
        unit.addValueChangeListener(e -> reload());
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        Div filters = new Div(unit, from, to);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        for (Component c : List.of(unit, from, to)) {
            c.getElement().getStyle().set("flex", "1 1 10rem").set("min-width", "0");
        }
        if (user.hasPermission(ReceptionPermissions.DIALOGUE_MANAGE)) {
            record.setText(getTranslation("reception.ui.dialogue.new"));
            record.setIcon(VaadinIcon.PLUS.create());
            record.setId("reception-dialogue-new");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(e -> create());
            filters.add(record);
        }
        filters.setWidthFull();
        due.setId("reception-commitments-due");
        due.setWidthFull();
        list.setId("reception-dialogue-list");
        list.setWidthFull();
        add(filters, due, list);
        reload();
    }

    /** Reads the commitments due and the dialogues again. */
    void reload() {
        due.removeAll();
        list.removeAll();
        OrgUnitInfo chosen = unit.getValue();
        record.setEnabled(chosen != null);
        if (chosen == null) {
            list.add(new Span(getTranslation("reception.ui.calendar.chooseUnit")));
            return;
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("reception.validation.range-reversed"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            showDue(dialogues.commitmentsDue(chosen.id(), LocalizedDates.today().plusDays(DUE_AHEAD_DAYS), user));
            showDialogues(dialogues.dialogues(chosen.id(), from.getValue(), to.getValue(), user));
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            list.add(new Span(Refusals.message(failure, this::getTranslation)));
        }
    }

    private void showDue(List<Commitment> commitments) {
        H3 title = new H3(getTranslation("reception.ui.dialogue.due", commitments.size(), DUE_AHEAD_DAYS));
        due.add(title);
        if (commitments.isEmpty()) {
            due.add(new Div(new Span(getTranslation("reception.ui.dialogue.noneDue"))));
        }
        commitments.forEach(c -> due.add(commitmentLine(c, "reception-due-")));
    }

    private void showDialogues(List<Dialogue> found) {
        list.add(new H3(getTranslation("reception.ui.dialogue.list", found.size())));
        if (found.isEmpty()) {
            list.add(new Div(new Span(getTranslation("reception.ui.dialogue.empty"))));
        }
        found.forEach(d -> list.add(card(d)));
    }

    Component card(Dialogue dialogue) {
        Div card = new Div();
        card.setId("reception-dialogue-" + dialogue.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-s)");
        Span heading = new Span(LocalizedDates.format(dialogue.heldOn()) + " · " + dialogue.topic());
        heading.getStyle().set("font-weight", "600");
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        if (user.hasPermission(ReceptionPermissions.DIALOGUE_MANAGE)) {
            Button edit = new Button(getTranslation("reception.ui.dialogue.correct"), e -> correct(dialogue));
            edit.setId("reception-dialogue-edit-" + dialogue.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            top.add(edit);
        }
        card.add(top);
        card.add(labelled("reception.ui.dialogue.participants", dialogue.participants()));
        card.add(labelled("reception.ui.dialogue.issuesRaised", dialogue.issuesRaised()));
        if (dialogue.followUp() != null) {
            card.add(labelled("reception.ui.dialogue.followUp", dialogue.followUp()));
        }
        dialogue.commitments().forEach(c -> card.add(commitmentLine(c, "reception-commitment-line-")));
        return card;
    }

    private Div labelled(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span value = new Span(text);
        value.getStyle().set("white-space", "pre-line");
        return new Div(label, value);
    }

    /** A commitment with its status in colour and, while not done, a "done" button. */
    Component commitmentLine(Commitment commitment, String idPrefix) {
        Span status = new Span(getTranslation(commitment.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        if (commitment.status() == CommitmentStatus.OVERDUE) {
            status.getElement().getThemeList().add("error");
        } else if (commitment.status() == CommitmentStatus.DONE) {
            status.getElement().getThemeList().add("success");
        }
        String when = commitment.status() == CommitmentStatus.DONE
                ? getTranslation("reception.ui.commitment.doneOn", LocalizedDates.format(commitment.doneOn()))
                : getTranslation("reception.ui.commitment.dueBy", LocalizedDates.format(commitment.dueOn()));
        HorizontalLayout line = new HorizontalLayout(status,
                new Span(commitment.description() + " — " + commitment.owner() + " — " + when));
        line.setId(idPrefix + commitment.id());
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        if (commitment.status() != CommitmentStatus.DONE && user.hasPermission(ReceptionPermissions.DIALOGUE_MANAGE)) {
            Button done = new Button(getTranslation("reception.ui.commitment.markDone"), e -> markDone(commitment));
            done.setId(idPrefix + "done-" + commitment.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            line.add(done);
        }
        return line;
    }

    void create() {
        new DialogueDialog(dialogues, user, unit.getValue().id(), null, saved("reception.ui.dialogue.recorded"),
                this::reload).open();
    }

    void correct(Dialogue dialogue) {
        new DialogueDialog(dialogues, user, dialogue.unitId(), dialogue, saved("reception.ui.dialogue.corrected"),
                this::reload).open();
    }

    void markDone(Commitment commitment) {
        new DoneDialog(dialogues, user, commitment, c -> {
            Refusals.success(getTranslation("reception.ui.commitment.marked"));
            reload();
        }, this::reload).open();
    }

    private java.util.function.Consumer<Dialogue> saved(String messageKey) {
        return d -> {
            Refusals.success(getTranslation(messageKey, d.topic()));
            reload();
        };
    }
}
