package org.danvan.hcmstudy.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.danvan.hcmstudy.api.AttendanceMark;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.MemberDraft;
import org.danvan.hcmstudy.api.Programme;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.hcmstudy.api.SessionDraft;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A unit's year: its theme and programme with materials, its member list, and its study sessions — planned, then
 * held with attendance taken against the list (an absence with its reason), and make-up sessions for those absent.
 */
public class ProgrammeView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient StudyService study;
    private final Paragraph theme = new Paragraph();
    private final Paragraph contents = new Paragraph();
    private final Paragraph materials = new Paragraph();
    private final Button editProgramme;
    private final Button addMember;
    private final Button planSession;
    private final Grid<Member> memberGrid = new Grid<>();
    private final Grid<StudySession> sessionGrid = new Grid<>();
    private transient Programme programme;

    public ProgrammeView(StudyService study, OrgUnitDirectory units, AccessControl access) {
        super("hs-programme", units, access);
        this.study = study;
        editProgramme = button("hs-programme-edit", "hcmstudy.ui.programme.edit", e -> editProgramme());
        addMember = button("hs-member-add", "hcmstudy.ui.member.add", e -> addMember());
        planSession = button("hs-session-plan", "hcmstudy.ui.session.plan", e -> planSession(null));
        theme.setId("hs-programme-theme");
        theme.getStyle().set("font-weight", "bold");
        contents.setId("hs-programme-contents");
        contents.getStyle().set("white-space", "pre-line");
        materials.setId("hs-programme-materials");
        materials.getStyle().set("white-space", "pre-line");

        memberGrid.setId("hs-member-list");
        memberGrid.setAllRowsVisible(true);
        memberGrid.addColumn(Member::name).setHeader(getTranslation("hcmstudy.ui.member.name")).setFlexGrow(2);
        memberGrid.addColumn(m -> m.position() == null ? "" : m.position())
                .setHeader(getTranslation("hcmstudy.ui.member.position")).setFlexGrow(1);
        memberGrid.addColumn(m -> m.login() == null ? "" : m.login())
                .setHeader(getTranslation("hcmstudy.ui.member.login")).setAutoWidth(true).setFlexGrow(0);
        memberGrid.addColumn(m -> m.leader() ? getTranslation("hcmstudy.ui.member.leader") : "")
                .setAutoWidth(true).setFlexGrow(0);
        memberGrid.addComponentColumn(m -> {
            Button remove = button("hs-member-remove-" + m.id(), "hcmstudy.ui.member.remove", e -> {
                try {
                    study.removeMember(m.id(), m.version(), user);
                } catch (RuntimeException refused) {
                    if (!Refusals.isUserCaused(refused)) {
                        throw refused;
                    }
                    Refusals.show(refused, this::getTranslation);
                }
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setVisible(may(HcmStudyPermissions.MANAGE));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        memberGrid.setEmptyStateText(getTranslation("hcmstudy.ui.member.empty"));

        sessionGrid.setId("hs-session-list");
        sessionGrid.setAllRowsVisible(true);
        sessionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessionGrid.addColumn(s -> LocalizedDates.format(s.plannedOn()))
                .setHeader(getTranslation("hcmstudy.ui.session.plannedOn")).setAutoWidth(true).setFlexGrow(0);
        sessionGrid.addColumn(s -> s.makeUpOf() == null ? s.topic()
                : getTranslation("hcmstudy.ui.session.makeUpTopic", s.topic()))
                .setHeader(getTranslation("hcmstudy.ui.session.topic")).setFlexGrow(2);
        sessionGrid.addColumn(StudySession::presenter).setHeader(getTranslation("hcmstudy.ui.session.presenter"))
                .setFlexGrow(1);
        sessionGrid.addComponentColumn(s -> {
            Span state = new Span(s.heldOn() == null ? getTranslation("hcmstudy.ui.session.planned")
                    : getTranslation("hcmstudy.ui.session.heldState", LocalizedDates.format(s.heldOn()), s.present(),
                            s.attendance().size()));
            state.setId("hs-session-state-" + s.id());
            return state;
        }).setHeader(getTranslation("hcmstudy.ui.session.attendance")).setFlexGrow(1);
        sessionGrid.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            boolean manage = may(HcmStudyPermissions.MANAGE);
            if (s.heldOn() == null) {
                Button hold = button("hs-session-hold-" + s.id(), "hcmstudy.ui.session.hold", e -> hold(s));
                hold.addThemeVariants(ButtonVariant.LUMO_SMALL);
                hold.setVisible(manage);
                actions.add(hold);
            } else if (s.makeUpOf() == null && s.present() < s.attendance().size()) {
                Button makeUp = button("hs-session-makeup-" + s.id(), "hcmstudy.ui.session.makeUp",
                        e -> planSession(s));
                makeUp.addThemeVariants(ButtonVariant.LUMO_SMALL);
                makeUp.setVisible(manage);
                actions.add(makeUp);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        sessionGrid.setEmptyStateText(getTranslation("hcmstudy.ui.session.empty"));

        add(filters(editProgramme), theme, contents, materials,
                new HorizontalLayout(new H3(getTranslation("hcmstudy.ui.member.title")), addMember), memberGrid,
                new HorizontalLayout(new H3(getTranslation("hcmstudy.ui.session.title")), planSession), sessionGrid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        programme = unitId == null ? null : study.programme(unitId, chosenYear(), user).orElse(null);
        boolean manage = may(HcmStudyPermissions.MANAGE);
        if (programme == null) {
            theme.setText(getTranslation("hcmstudy.ui.programme.none", chosenYear()));
            contents.setText("");
            materials.setText("");
        } else {
            theme.setText(getTranslation("hcmstudy.ui.programme.theme", programme.year(), programme.theme()));
            contents.setText(programme.keyContents());
            materials.setText(programme.materials().isEmpty() ? ""
                    : getTranslation("hcmstudy.ui.programme.materials") + "\n" + String.join("\n",
                            programme.materials()));
        }
        editProgramme.setVisible(manage);
        addMember.setVisible(manage);
        planSession.setVisible(manage && programme != null);
        memberGrid.setItems(unitId == null ? List.of() : study.members(unitId, user));
        sessionGrid.setItems(programme == null ? List.of() : study.sessions(programme.id(), user));
    }

    private void editProgramme() {
        Optional<Programme> current = Optional.ofNullable(programme);
        Dialog dialog = dialog("hs-programme-dialog", "hcmstudy.ui.programme.edit");
        TextField themeField = new TextField(getTranslation("hcmstudy.ui.programme.themeField"));
        themeField.setId("hs-programme-theme-field");
        themeField.setMaxLength(ProgrammeDraft.THEME_MAX);
        themeField.setWidthFull();
        TextArea contentsField = new TextArea(getTranslation("hcmstudy.ui.programme.contentsField"));
        contentsField.setId("hs-programme-contents-field");
        contentsField.setWidthFull();
        TextArea materialsField = new TextArea(getTranslation("hcmstudy.ui.programme.materialsField"));
        materialsField.setId("hs-programme-materials-field");
        materialsField.setHelperText(getTranslation("hcmstudy.ui.programme.materialsHelper"));
        materialsField.setWidthFull();
        current.ifPresent(p -> {
            themeField.setValue(p.theme());
            contentsField.setValue(p.keyContents());
            materialsField.setValue(String.join("\n", p.materials()));
        });
        dialog.add(themeField, contentsField, materialsField);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(year, "year").field(themeField, "theme")
                .field(contentsField, "keyContents").field(materialsField, "materials");
        footer(dialog, "hs-programme-save", errors, () -> {
            ProgrammeDraft draft = new ProgrammeDraft(unitId(), year.getValue(), themeField.getValue(),
                    contentsField.getValue(), Arrays.asList(materialsField.getValue().split("\\R")));
            if (current.isPresent()) {
                study.updateProgramme(current.get().id(), current.get().version(), draft, user);
            } else {
                study.createProgramme(draft, user);
            }
        });
    }

    private void addMember() {
        Dialog dialog = dialog("hs-member-dialog", "hcmstudy.ui.member.add");
        TextField name = new TextField(getTranslation("hcmstudy.ui.member.name"));
        name.setId("hs-member-name");
        TextField position = new TextField(getTranslation("hcmstudy.ui.member.position"));
        position.setId("hs-member-position");
        TextField login = new TextField(getTranslation("hcmstudy.ui.member.login"));
        login.setId("hs-member-login");
        login.setHelperText(getTranslation("hcmstudy.ui.member.loginHelper"));
        Checkbox leader = new Checkbox(getTranslation("hcmstudy.ui.member.leader"));
        leader.setId("hs-member-leader");
        dialog.add(new FormLayout(name, position, login, leader));
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "name").field(position, "position")
                .field(login, "login");
        footer(dialog, "hs-member-save", errors, () -> study.addMember(new MemberDraft(unitId(), name.getValue(),
                position.getValue(), login.getValue(), leader.getValue()), user));
    }

    /** Plans a session; with {@code original}, a make-up session of it. */
    private void planSession(StudySession original) {
        Dialog dialog = dialog("hs-session-dialog", original == null ? "hcmstudy.ui.session.plan"
                : "hcmstudy.ui.session.makeUp");
        DatePicker day = datePicker("hs-session-day", "hcmstudy.ui.session.plannedOn");
        TextField topic = new TextField(getTranslation("hcmstudy.ui.session.topic"));
        topic.setId("hs-session-topic");
        TextField presenter = new TextField(getTranslation("hcmstudy.ui.session.presenter"));
        presenter.setId("hs-session-presenter");
        if (original != null) {
            topic.setValue(original.topic());
            presenter.setValue(original.presenter());
            dialog.add(new Paragraph(getTranslation("hcmstudy.ui.session.makeUpFor", String.join(", ",
                    study.needingMakeUp(original.id(), user).stream().map(Member::name).toList()))));
        }
        dialog.add(new FormLayout(day, topic, presenter));
        FieldErrors errors = new FieldErrors().field(day, "plannedOn", "makeUpOf").field(topic, "topic")
                .field(presenter, "presenter");
        footer(dialog, "hs-session-save", errors, () -> study.planSession(new SessionDraft(programme.id(),
                day.getValue(), topic.getValue(), presenter.getValue(), original == null ? null : original.id()),
                user));
    }

    /** Records a session as held: one line per member expected, present ticked, a reason for each absence. */
    void hold(StudySession session) {
        Dialog dialog = dialog("hs-hold-dialog", "hcmstudy.ui.session.hold");
        DatePicker day = datePicker("hs-hold-day", "hcmstudy.ui.session.heldOn");
        day.setValue(LocalizedDates.today().isBefore(session.plannedOn()) ? null : session.plannedOn());
        dialog.add(new Paragraph(session.topic()), day);
        List<Member> expected = session.makeUpOf() == null ? study.members(session.unitId(), user)
                : study.needingMakeUp(session.makeUpOf(), user);
        List<Checkbox> present = new ArrayList<>();
        List<TextField> reasons = new ArrayList<>();
        FormLayout lines = new FormLayout();
        lines.setId("hs-hold-lines");
        for (Member member : expected) {
            Checkbox here = new Checkbox(member.name(), true);
            here.setId("hs-hold-present-" + member.id());
            TextField reason = new TextField();
            reason.setId("hs-hold-reason-" + member.id());
            reason.setPlaceholder(getTranslation("hcmstudy.ui.session.reason"));
            reason.setMaxLength(AttendanceMark.REASON_MAX);
            reason.setEnabled(false);
            here.addValueChangeListener(e -> reason.setEnabled(!e.getValue()));
            present.add(here);
            reasons.add(reason);
            lines.add(here, reason);
        }
        Paragraph problems = new Paragraph();
        problems.setId("hs-hold-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        dialog.add(lines, problems);
        FieldErrors errors = new FieldErrors().field(day, "heldOn").field(new HasProblems(problems), "attendance");
        footer(dialog, "hs-hold-save", errors, () -> {
            List<AttendanceMark> marks = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                marks.add(new AttendanceMark(expected.get(i).id(), present.get(i).getValue(),
                        reasons.get(i).getValue()));
            }
            study.holdSession(session.id(), session.version(), day.getValue(), marks, user);
        });
    }

    /** Shows the attendance refusals (one per member concerned) in a paragraph under the lines. */
    private static final class HasProblems implements com.vaadin.flow.component.HasValidation {

        private static final long serialVersionUID = 1L;
        private final Paragraph target;
        private boolean invalid;

        HasProblems(Paragraph target) {
            this.target = target;
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            target.setText(errorMessage == null ? "" : errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return target.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            if (!invalid) {
                target.setText("");
            }
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
