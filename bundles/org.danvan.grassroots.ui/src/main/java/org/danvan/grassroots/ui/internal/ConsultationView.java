package org.danvan.grassroots.ui.internal;

import java.util.function.Supplier;

import org.danvan.grassroots.api.Comment;
import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationDraft;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Matters put to the people for comment: open one (at least the rule's days), gather comments from meetings and
 * letters (those from the public page arrive by themselves), mark which were taken, and publish the explanation once
 * the period has ended.
 */
public class ConsultationView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ConsultationService consultations;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Consultation> grid = new Grid<>();

    public ConsultationView(ConsultationService consultations, OrgUnitDirectory units, AccessControl access) {
        this.consultations = consultations;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-consultations");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.consultation.new"), VaadinIcon.PLUS.create(),
                e -> create());
        add.setId("gr-consultation-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DECISIONS));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-consultation-list");
        grid.addColumn(c -> LocalizedDates.format(c.opensOn()) + " – " + LocalizedDates.format(c.closesOn()))
                .setHeader(getTranslation("grassroots.ui.consultation.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Consultation::title).setHeader(getTranslation("grassroots.ui.field.matterTitle"))
                .setFlexGrow(2);
        grid.addColumn(Consultation::unitName).setHeader(getTranslation("grassroots.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(Consultation::comments).setHeader(getTranslation("grassroots.ui.consultation.comments"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.explanation() == null ? "" : c.explanation())
                .setHeader(getTranslation("grassroots.ui.consultation.explanation")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.consultation.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(consultations.list(user));
    }

    private Component actions(Consultation c) {
        HorizontalLayout row = new HorizontalLayout();
        Button comments = new Button(getTranslation("grassroots.ui.consultation.comments"), e -> comments(c));
        comments.setId("gr-consultation-comments-" + c.id());
        comments.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(comments);
        if (user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, c.unitId())
                && c.explanation() == null && LocalizedDates.today().isAfter(c.closesOn())) {
            Button explain = new Button(getTranslation("grassroots.ui.consultation.explain"), e -> explain(c));
            explain.setId("gr-consultation-explain-" + c.id());
            explain.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(explain);
        }
        return row;
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-consultation-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.consultation.new"));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-consultation-unit", getTranslation("grassroots.ui.column.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        TextField title = new TextField(getTranslation("grassroots.ui.field.matterTitle"));
        title.setId("gr-consultation-title");
        title.setMaxLength(ConsultationDraft.TITLE_MAX_LENGTH);
        TextArea draft = new TextArea(getTranslation("grassroots.ui.consultation.draft"));
        draft.setId("gr-consultation-draft");
        draft.setMaxLength(ConsultationDraft.DRAFT_MAX_LENGTH);
        DatePicker opensOn = new DatePicker(getTranslation("grassroots.ui.consultation.opensOn"),
                LocalizedDates.today());
        opensOn.setId("gr-consultation-opens-on");
        DatePicker closesOn = new DatePicker(getTranslation("grassroots.ui.consultation.closesOn"),
                LocalizedDates.today().plusDays(29));
        closesOn.setId("gr-consultation-closes-on");
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(title, "title").field(draft, "draft")
                .field(opensOn, "opensOn").field(closesOn, "closesOn");
        FormLayout form = new FormLayout(unit, title, draft, opensOn, closesOn);
        form.setColspan(title, 2);
        form.setColspan(draft, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            OrgUnitInfo chosen = unit.getValue();
            attempt(dialog, errors, () -> consultations.create(new ConsultationDraft(chosen == null ? null
                    : chosen.id(), title.getValue(), draft.getValue(), opensOn.getValue(), closesOn.getValue()), user));
        });
        save.setId("gr-consultation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void comments(Consultation c) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-comments-dialog");
        dialog.setHeaderTitle(c.title());
        dialog.setWidth("52rem");
        dialog.setMaxWidth("100%");
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, c.unitId());
        Grid<Comment> list = new Grid<>();
        list.setId("gr-comments-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(m -> LocalizedDates.format(m.receivedOn())).setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("grassroots.ui.comment.day"));
        list.addColumn(m -> getTranslation(m.channel().labelKey())).setHeader(getTranslation("grassroots.ui.comment.channel"));
        list.addColumn(Comment::text).setHeader(getTranslation("grassroots.ui.public.comment")).setFlexGrow(3);
        list.addColumn(m -> (m.authorName() == null ? "" : m.authorName())
                + (m.contact() == null ? "" : " · " + m.contact())).setHeader(getTranslation("grassroots.ui.public.name"));
        list.addComponentColumn(m -> {
            Checkbox taken = new Checkbox(getTranslation("grassroots.ui.comment.taken"), Boolean.TRUE.equals(m.taken()));
            taken.setId("gr-comment-taken-" + m.id());
            taken.setEnabled(manage);
            taken.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        consultations.decide(m.id(), m.version(), e.getValue(), user);
                        list.setItems(consultations.comments(c.id(), user));
                    } catch (RuntimeException refusal) {
                        if (!Refusals.isUserCaused(refusal)) {
                            throw refusal;
                        }
                        Refusals.show(refusal, this::getTranslation);
                        list.setItems(consultations.comments(c.id(), user));
                    }
                }
            });
            return taken;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setItems(consultations.comments(c.id(), user));
        dialog.add(list);
        if (manage && c.isOpenOn(LocalizedDates.today())) {
            ComboBox<CommentChannel> channel = new ComboBox<>(getTranslation("grassroots.ui.comment.channel"));
            channel.setId("gr-comment-channel");
            channel.setItems(CommentChannel.MEETING, CommentChannel.WRITING);
            channel.setItemLabelGenerator(ch -> getTranslation(ch.labelKey()));
            channel.setValue(CommentChannel.MEETING);
            TextArea text = new TextArea(getTranslation("grassroots.ui.public.comment"));
            text.setId("gr-comment-text");
            text.setMaxLength(CommentDraft.TEXT_MAX_LENGTH);
            TextField name = new TextField(getTranslation("grassroots.ui.public.name"));
            name.setId("gr-comment-name");
            FieldErrors errors = new FieldErrors().field(text, "text").field(name, "authorName");
            Button add = new Button(getTranslation("grassroots.ui.comment.add"), e -> {
                errors.clear();
                try {
                    consultations.addComment(c.id(), channel.getValue(), new CommentDraft(text.getValue(),
                            name.getValue(), null), user);
                } catch (ValidationException refused) {
                    if (!errors.show(refused, this::getTranslation).isEmpty()) {
                        Refusals.show(refused, this::getTranslation);
                    }
                    return;
                }
                text.clear();
                name.clear();
                list.setItems(consultations.comments(c.id(), user));
                refresh();
            });
            add.setId("gr-comment-add");
            FormLayout form = new FormLayout(channel, name, text, add);
            form.setColspan(text, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void explain(Consultation c) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-explain-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.consultation.explain"));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        TextArea text = new TextArea(getTranslation("grassroots.ui.consultation.explanation"));
        text.setId("gr-explain-text");
        text.setWidthFull();
        text.setMaxLength(ConsultationService.EXPLANATION_MAX_LENGTH);
        dialog.add(text);
        FieldErrors errors = new FieldErrors().field(text, "explanation");
        Button publish = new Button(getTranslation("grassroots.ui.consultation.publish"),
                e -> attempt(dialog, errors, () -> consultations.publishExplanation(c.id(), c.version(),
                        text.getValue(), user)));
        publish.setId("gr-explain-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), publish);
        dialog.open();
    }

    /** One step from a dialog: refusals at their fields keep it open, others close it with the message. */
    private void attempt(Dialog dialog, FieldErrors errors, Supplier<Consultation> step) {
        FieldErrors.Attempt attempt = errors.attempt(step::get, this::getTranslation);
        if (attempt.keepOpen()) {
            return;
        }
        dialog.close();
        refresh();
        if (attempt.succeeded()) {
            Refusals.success(getTranslation("grassroots.ui.saved"));
        } else {
            Refusals.show(attempt.refusal(), this::getTranslation);
        }
    }
}
