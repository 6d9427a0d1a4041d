package org.danvan.reception.ui.internal.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.ui.internal.Pickers;
import org.danvan.reception.ui.internal.Saving;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Records a dialogue with citizens (who took part, the issues raised) and the commitments made, or corrects one:
 * commitments already done stay as they are, the others are rewritten. Element ids: {@code reception-dialogue-dialog},
 * {@code reception-dialogue-<heldOn|topic|participants|issuesRaised|followUp>}, {@code reception-dialogue-add-commitment},
 * the rows' ({@link CommitmentRow}), {@code reception-dialogue-save}, {@code reception-dialogue-close}.
 */
public class DialogueDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    static final int TOPIC_MAX = 255;
    static final int PARTICIPANTS_MAX = 4000;
    static final int ISSUES_MAX = 10_000;
    static final int FOLLOW_UP_MAX = 4000;
    /** As the service allows. */
    static final int MAX_COMMITMENTS = 100;

    final DatePicker heldOn = Pickers.day("reception-dialogue-heldOn", getTranslation("reception.ui.dialogue.heldOn"));
    final TextField topic = new TextField(getTranslation("reception.ui.dialogue.topic"));
    final TextArea participants = new TextArea(getTranslation("reception.ui.dialogue.participants"));
    final TextArea issuesRaised = new TextArea(getTranslation("reception.ui.dialogue.issuesRaised"));
    final TextArea followUp = new TextArea(getTranslation("reception.ui.dialogue.followUp"));
    final Button addCommitment = new Button(getTranslation("reception.ui.dialogue.addCommitment"), VaadinIcon.PLUS.create());
    final Button save = new Button(getTranslation("reception.ui.save"));
    final List<CommitmentRow> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private int rowsMade;

    /**
     * @param existing the dialogue to correct, {@code null} for a new one
     * @param saved called with the stored dialogue
     * @param conflict called when the dialogue changed meanwhile
     */
    public DialogueDialog(DialogueService dialogues, UserPrincipal user, long unitId, Dialogue existing,
            Consumer<Dialogue> saved, Runnable conflict) {
        setId("reception-dialogue-dialog");
        setHeaderTitle(getTranslation(existing == null ? "reception.ui.dialogue.new" : "reception.ui.dialogue.correct"));
        topic.setId("reception-dialogue-topic");
        participants.setId("reception-dialogue-participants");
        issuesRaised.setId("reception-dialogue-issuesRaised");
        followUp.setId("reception-dialogue-followUp");
        topic.setMaxLength(TOPIC_MAX);
        participants.setMaxLength(PARTICIPANTS_MAX);
        issuesRaised.setMaxLength(ISSUES_MAX);
        followUp.setMaxLength(FOLLOW_UP_MAX);
        heldOn.setMax(LocalizedDates.today());
        for (var field : List.of(topic, participants, issuesRaised, followUp)) {
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        }
        participants.setHelperText(getTranslation("reception.ui.dialogue.participants.help"));
        DialogueForm values = existing == null ? new DialogueForm() : DialogueForm.of(existing);
        Binder<DialogueForm> binder = new Binder<>();
        String required = getTranslation("reception.validation.required");
        binder.forField(heldOn).asRequired(required)
                .withValidator(d -> !d.isAfter(LocalizedDates.today()), getTranslation("reception.validation.in-future"))
                .bind(f -> f.heldOn, (f, v) -> f.heldOn = v);
        binder.forField(topic).asRequired(required).withValidator(length(2, TOPIC_MAX))
                .bind(f -> f.topic, (f, v) -> f.topic = v);
        binder.forField(participants).asRequired(required).withValidator(length(2, PARTICIPANTS_MAX))
                .bind(f -> f.participants, (f, v) -> f.participants = v);
        binder.forField(issuesRaised).asRequired(required).withValidator(length(2, ISSUES_MAX))
                .bind(f -> f.issuesRaised, (f, v) -> f.issuesRaised = v);
        binder.forField(followUp).withValidator(length(0, FOLLOW_UP_MAX)).bind(f -> f.followUp, (f, v) -> f.followUp = v);
        binder.readBean(values);

        add(heldOn, topic, participants, issuesRaised, followUp);
        add(new H4(getTranslation("reception.ui.dialogue.commitments")));
        if (existing != null) {
            existing.commitments().stream().filter(c -> c.status() == CommitmentStatus.DONE).forEach(c -> {
                Div done = new Div(new Span(getTranslation("reception.ui.dialogue.doneKept", c.description(), c.owner(),
                        LocalizedDates.format(c.doneOn()))));
                done.getStyle().set("color", "var(--lumo-secondary-text-color)");
                add(done);
            });
            existing.commitments().stream().filter(c -> c.status() != CommitmentStatus.DONE).forEach(this::addRow);
        }
        rowsBox.setId("reception-dialogue-commitments");
        rowsBox.setWidthFull();
        add(rowsBox);
        addCommitment.setId("reception-dialogue-add-commitment");
        addCommitment.addClickListener(e -> addRow(null));
        add(addCommitment);

        save.setId("reception-dialogue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean valid = binder.writeBeanIfValid(values);
            for (CommitmentRow row : rows) {
                valid &= row.validate(heldOn.getValue());
            }
            if (!valid) {
                return;
            }
            FieldErrors errors = new FieldErrors().field(heldOn, "heldOn", "unitId").field(topic, "topic")
                    .field(participants, "participants").field(issuesRaised, "issuesRaised")
                    .field(followUp, "followUp");
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).register(errors, i);
            }
            DialogueDraft draft = values.toDraft(unitId, rows.stream().map(CommitmentRow::toDraft).toList());
            Dialogue stored = Saving.attempt(() -> existing == null ? dialogues.record(draft, user)
                    : dialogues.correct(existing.id(), existing.version(), draft, user), errors, this::getTranslation,
                    () -> {
                        close();
                        conflict.run();
                    });
            if (stored != null) {
                close();
                saved.accept(stored);
            }
        });
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-dialogue-close");
        getFooter().add(cancel, save);
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);
    }

    void addRow(Commitment existing) {
        if (rows.size() >= MAX_COMMITMENTS) {
            return;
        }
        CommitmentRow[] made = new CommitmentRow[1];
        made[0] = new CommitmentRow(rowsMade++, existing, () -> {
            rows.remove(made[0]);
            rowsBox.remove(made[0]);
            addCommitment.setEnabled(true);
        });
        rows.add(made[0]);
        rowsBox.add(made[0]);
        addCommitment.setEnabled(rows.size() < MAX_COMMITMENTS);
    }

    private StringLengthValidator length(int min, int max) {
        return new StringLengthValidator(getTranslation("reception.ui.validation.length", min, max), min, max);
    }

    /** What the form edits besides the commitments. */
    static final class DialogueForm {
        java.time.LocalDate heldOn = LocalizedDates.today();
        String topic = "";
        String participants = "";
        String issuesRaised = "";
        String followUp = "";

        static DialogueForm of(Dialogue dialogue) {
            DialogueForm form = new DialogueForm();
            form.heldOn = dialogue.heldOn();
            form.topic = dialogue.topic();
            form.participants = dialogue.participants();
            form.issuesRaised = dialogue.issuesRaised();
            form.followUp = dialogue.followUp() == null ? "" : dialogue.followUp();
            return form;
        }

        DialogueDraft toDraft(long unitId, List<org.danvan.reception.api.CommitmentDraft> commitments) {
            return new DialogueDraft(unitId, heldOn, topic.strip(), participants.strip(), issuesRaised.strip(),
                    followUp.isBlank() ? null : followUp.strip(), commitments);
        }
    }
}
