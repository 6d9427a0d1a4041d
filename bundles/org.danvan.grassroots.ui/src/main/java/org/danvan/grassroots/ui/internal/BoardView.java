package org.danvan.grassroots.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.api.SupervisionRound;
import org.danvan.grassroots.api.SupervisionRoundDraft;
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
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Boards of the people: a commune's People's Inspection Board, a project's Community Investment Supervision Board, an
 * agency's People's Inspection Board. Members (one a line, "name – village"; those who are commune officials ticked,
 * which the service refuses where the kind bars them), by-elections, rounds of inspection or supervision with their
 * findings, the dissolution of a project's board when the project ends, and each board's recommendations to the
 * commune with their due day and answer.
 */
public class BoardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Between a member's name and village on a line. */
    static final String SEPARATOR = "–";

    private final transient BoardService boards;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Board> grid = new Grid<>();

    public BoardView(BoardService boards, OrgUnitDirectory units, AccessControl access) {
        this.boards = boards;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-boards");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.board.new"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("gr-board-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DECISIONS));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-board-list");
        grid.addColumn(Board::name).setHeader(getTranslation("grassroots.ui.board.name")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("grassroots.ui.board.kind." + b.kind().name())
                + (b.projectName() == null ? "" : " – " + b.projectName())
                + (b.dissolved() ? " (" + getTranslation("grassroots.ui.board.dissolvedOn",
                        LocalizedDates.format(b.dissolvedOn())) + ")" : ""))
                .setHeader(getTranslation("grassroots.ui.board.kind")).setFlexGrow(2);
        grid.addColumn(Board::unitName).setHeader(getTranslation("grassroots.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(b -> LocalizedDates.format(b.termFrom()) + " – " + LocalizedDates.format(b.termTo()))
                .setHeader(getTranslation("grassroots.ui.board.term")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.currentMembers().size()).setHeader(getTranslation("grassroots.ui.board.members"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> getTranslation("grassroots.ui.board.recommendationCount", b.recommendations(),
                b.unanswered())).setHeader(getTranslation("grassroots.ui.board.recommendations")).setFlexGrow(1);
        // a fixed width: the four buttons wrap onto two lines instead of running off the screen
        grid.addComponentColumn(this::actions).setWidth("14rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.board.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(boards.boards(user));
    }

    private Component actions(Board b) {
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS,
                b.unitId());
        Button open = new Button(getTranslation("grassroots.ui.board.recommendations"), e -> recommendations(b));
        open.setId("gr-board-recommendations-" + b.id());
        Button rounds = new Button(getTranslation("grassroots.ui.board.rounds"), e -> rounds(b));
        rounds.setId("gr-board-rounds-" + b.id());
        Button byElection = new Button(getTranslation("grassroots.ui.board.byElection"), e -> byElection(b));
        byElection.setId("gr-board-by-election-" + b.id());
        byElection.setVisible(manage && !b.dissolved());
        Button dissolve = new Button(getTranslation("grassroots.ui.board.dissolve"), e -> dissolve(b));
        dissolve.setId("gr-board-dissolve-" + b.id());
        dissolve.setVisible(manage && !b.dissolved() && b.kind() == BoardKind.INVESTMENT_SUPERVISION);
        HorizontalLayout row = new HorizontalLayout(open, rounds, byElection, dissolve);
        row.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        row.setSpacing(false);
        row.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        return row;
    }

    /** "Nguyễn Văn A – Thôn Đông" → the member, an official if the name is among those ticked. */
    static List<BoardMember> members(String lines, Set<String> officials) {
        return Arrays.stream(lines.split("\\R")).filter(l -> !l.isBlank()).map(l -> {
            int at = l.indexOf(SEPARATOR);
            String name = (at < 0 ? l : l.substring(0, at)).strip();
            String village = at < 0 ? null : l.substring(at + SEPARATOR.length()).strip();
            return new BoardMember(name, village, officials.contains(name));
        }).toList();
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-board-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.board.new"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-board-unit", getTranslation("grassroots.ui.column.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        TextField name = new TextField(getTranslation("grassroots.ui.board.name"));
        name.setId("gr-board-name");
        name.setMaxLength(BoardDraft.NAME_MAX_LENGTH);
        Select<BoardKind> kind = new Select<>();
        kind.setId("gr-board-kind");
        kind.setLabel(getTranslation("grassroots.ui.board.kind"));
        kind.setItems(BoardKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("grassroots.ui.board.kind." + k.name()));
        kind.setValue(BoardKind.PEOPLES_INSPECTION);
        TextField project = new TextField(getTranslation("grassroots.ui.board.project"));
        project.setId("gr-board-project");
        project.setMaxLength(BoardDraft.NAME_MAX_LENGTH);
        project.setVisible(false);
        kind.addValueChangeListener(e -> project.setVisible(e.getValue() == BoardKind.INVESTMENT_SUPERVISION));
        DatePicker termFrom = new DatePicker(getTranslation("grassroots.ui.board.termFrom"));
        termFrom.setId("gr-board-term-from");
        DatePicker termTo = new DatePicker(getTranslation("grassroots.ui.board.termTo"));
        termTo.setId("gr-board-term-to");
        TextArea memberLines = new TextArea(getTranslation("grassroots.ui.board.members"));
        memberLines.setId("gr-board-members");
        memberLines.setHelperText(getTranslation("grassroots.ui.board.members.helper"));
        CheckboxGroup<String> officials = new CheckboxGroup<>(getTranslation("grassroots.ui.board.officials"));
        officials.setId("gr-board-officials");
        memberLines.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        memberLines.addValueChangeListener(e -> officials.setItems(members(e.getValue(), Set.of()).stream()
                .map(BoardMember::name).toList()));
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "name").field(project, "projectName")
                .field(termTo, "termTo").field(memberLines, "members");
        FormLayout form = new FormLayout(kind, unit, name, project, termFrom, termTo, memberLines, officials);
        form.setColspan(name, 2);
        form.setColspan(project, 2);
        form.setColspan(memberLines, 2);
        form.setColspan(officials, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            OrgUnitInfo chosen = unit.getValue();
            attempt(dialog, errors, () -> boards.createBoard(new BoardDraft(chosen == null ? null : chosen.id(),
                    name.getValue(), termFrom.getValue(), termTo.getValue(),
                    members(memberLines.getValue(), officials.getValue()), kind.getValue(), project.getValue()),
                    user));
        });
        save.setId("gr-board-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void recommendations(Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-recommendations-dialog");
        dialog.setHeaderTitle(board.name());
        dialog.setWidth("52rem");
        dialog.setMaxWidth("100%");
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS,
                board.unitId());
        Grid<Recommendation> list = new Grid<>();
        list.setId("gr-recommendation-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(r -> LocalizedDates.format(r.sentOn())).setHeader(getTranslation("grassroots.ui.recommendation.sentOn"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(Recommendation::content).setHeader(getTranslation("grassroots.ui.recommendation.content"))
                .setFlexGrow(2);
        list.addComponentColumn(this::answerCell).setHeader(getTranslation("grassroots.ui.recommendation.answer"))
                .setFlexGrow(2);
        list.addComponentColumn(r -> {
            Button answer = new Button(getTranslation("grassroots.ui.recommendation.record"), e -> answer(r, list,
                    board));
            answer.setId("gr-recommendation-answer-" + r.id());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            answer.setVisible(manage && r.answeredOn() == null);
            return answer;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setItems(boards.recommendations(board.id(), user));
        dialog.add(list);
        if (manage && !board.dissolved()) {
            TextArea content = new TextArea(getTranslation("grassroots.ui.recommendation.content"));
            content.setId("gr-recommendation-content");
            DatePicker sentOn = new DatePicker(getTranslation("grassroots.ui.recommendation.sentOn"),
                    LocalizedDates.today());
            sentOn.setId("gr-recommendation-sent-on");
            DatePicker dueOn = new DatePicker(getTranslation("grassroots.ui.recommendation.dueOn"),
                    LocalizedDates.today().plusDays(15));
            dueOn.setId("gr-recommendation-due-on");
            FieldErrors errors = new FieldErrors().field(content, "content").field(sentOn, "sentOn")
                    .field(dueOn, "dueOn");
            Button send = new Button(getTranslation("grassroots.ui.recommendation.add"), e -> {
                errors.clear();
                try {
                    boards.recommend(board.id(), content.getValue(), sentOn.getValue(), dueOn.getValue(), user);
                } catch (ValidationException refused) {
                    if (!errors.show(refused, this::getTranslation).isEmpty()) {
                        Refusals.show(refused, this::getTranslation);
                    }
                    return;
                }
                content.clear();
                list.setItems(boards.recommendations(board.id(), user));
            });
            send.setId("gr-recommendation-add");
            FormLayout form = new FormLayout(content, sentOn, dueOn, send);
            form.setColspan(content, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void rounds(Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-rounds-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.board.rounds") + " – " + board.name());
        dialog.setWidth("52rem");
        dialog.setMaxWidth("100%");
        Grid<SupervisionRound> list = new Grid<>();
        list.setId("gr-round-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(r -> LocalizedDates.format(r.startedOn()) + " – " + LocalizedDates.format(r.endedOn()))
                .setHeader(getTranslation("grassroots.ui.round.days")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(SupervisionRound::subject).setHeader(getTranslation("grassroots.ui.round.subject"))
                .setFlexGrow(1);
        list.addColumn(SupervisionRound::findings).setHeader(getTranslation("grassroots.ui.round.findings"))
                .setFlexGrow(2);
        list.setEmptyStateText(getTranslation("grassroots.ui.round.empty"));
        list.setItems(boards.rounds(board.id(), user));
        dialog.add(list);
        if (user != null && !board.dissolved()
                && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, board.unitId())) {
            TextField subject = new TextField(getTranslation("grassroots.ui.round.subject"));
            subject.setId("gr-round-subject");
            subject.setMaxLength(SupervisionRoundDraft.SUBJECT_MAX_LENGTH);
            DatePicker started = new DatePicker(getTranslation("grassroots.ui.round.startedOn"));
            started.setId("gr-round-started-on");
            DatePicker ended = new DatePicker(getTranslation("grassroots.ui.round.endedOn"), LocalizedDates.today());
            ended.setId("gr-round-ended-on");
            TextArea findings = new TextArea(getTranslation("grassroots.ui.round.findings"));
            findings.setId("gr-round-findings");
            findings.setMaxLength(SupervisionRoundDraft.FINDINGS_MAX_LENGTH);
            FieldErrors errors = new FieldErrors().field(subject, "subject").field(ended, "endedOn")
                    .field(findings, "findings");
            Button add = new Button(getTranslation("grassroots.ui.round.add"), e -> {
                FieldErrors.Attempt attempt = errors.attempt(() -> boards.recordRound(board.id(),
                        new SupervisionRoundDraft(subject.getValue(), started.getValue(), ended.getValue(),
                                findings.getValue()), user), this::getTranslation);
                if (attempt.keepOpen()) {
                    return;
                }
                if (attempt.succeeded()) {
                    subject.clear();
                    findings.clear();
                } else {
                    Refusals.show(attempt.refusal(), this::getTranslation);
                }
                list.setItems(boards.rounds(board.id(), user));
            });
            add.setId("gr-round-add");
            FormLayout form = new FormLayout(subject, started, ended, findings, add);
            form.setColspan(subject, 2);
            form.setColspan(findings, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> dialog.close()));
        dialog.open();
    }

    private void byElection(Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-by-election-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.board.byElection") + " – " + board.name());
        Select<String> leaving = new Select<>();
        leaving.setId("gr-by-election-leaving");
        leaving.setLabel(getTranslation("grassroots.ui.byElection.leaving"));
        leaving.setEmptySelectionAllowed(true);
        leaving.setEmptySelectionCaption(getTranslation("grassroots.ui.byElection.nobody"));
        leaving.setItems(board.currentMembers().stream().map(BoardMember::name).toList());
        TextField newcomer = new TextField(getTranslation("grassroots.ui.byElection.newcomer"));
        newcomer.setId("gr-by-election-newcomer");
        newcomer.setHelperText(getTranslation("grassroots.ui.board.members.helper"));
        Checkbox official = new Checkbox(getTranslation("grassroots.ui.byElection.official"));
        official.setId("gr-by-election-official");
        DatePicker heldOn = new DatePicker(getTranslation("grassroots.ui.byElection.heldOn"), LocalizedDates.today());
        heldOn.setId("gr-by-election-held-on");
        FieldErrors errors = new FieldErrors().field(leaving, "leaving").field(newcomer, "newcomer")
                .field(heldOn, "heldOn");
        dialog.add(new FormLayout(leaving, newcomer, official, heldOn));
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            List<BoardMember> parsed = members(newcomer.getValue(), official.getValue()
                    ? Set.of(members(newcomer.getValue(), Set.of()).stream().map(BoardMember::name).findFirst()
                            .orElse("")) : Set.of());
            BoardMember person = parsed.isEmpty() ? null : parsed.get(0);
            attempt(dialog, errors, () -> boards.byElection(board.id(), board.version(), leaving.getValue(), person,
                    heldOn.getValue(), user));
        });
        save.setId("gr-by-election-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void dissolve(Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-dissolve-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.board.dissolve") + " – " + board.name());
        DatePicker ended = new DatePicker(getTranslation("grassroots.ui.dissolve.projectEndedOn"),
                LocalizedDates.today());
        ended.setId("gr-dissolve-day");
        FieldErrors errors = new FieldErrors().field(ended, "dissolvedOn");
        dialog.add(new Span(getTranslation("grassroots.ui.dissolve.explain")), ended);
        Button save = new Button(getTranslation("grassroots.ui.board.dissolve"), e -> attempt(dialog, errors,
                () -> boards.dissolve(board.id(), board.version(), ended.getValue(), user)));
        save.setId("gr-dissolve-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component answerCell(Recommendation r) {
        Span text = new Span();
        text.setId("gr-recommendation-state-" + r.id());
        text.getStyle().set("white-space", "normal");
        if (r.answeredOn() != null) {
            text.setText(getTranslation("grassroots.ui.recommendation.answered", LocalizedDates.format(r.answeredOn()),
                    r.answer()));
        } else {
            text.setText(getTranslation("grassroots.ui.recommendation.due", LocalizedDates.format(r.dueOn())));
        }
        if (r.isLateOn(LocalizedDates.today())) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }

    private void answer(Recommendation r, Grid<Recommendation> list, Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-answer-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.recommendation.record"));
        TextArea text = new TextArea(getTranslation("grassroots.ui.recommendation.answer"));
        text.setId("gr-answer-text");
        text.setWidthFull();
        DatePicker day = new DatePicker(getTranslation("grassroots.ui.recommendation.answeredOn"),
                LocalizedDates.today());
        day.setId("gr-answer-day");
        dialog.add(text, day);
        FieldErrors errors = new FieldErrors().field(text, "answer").field(day, "answeredOn");
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            errors.clear();
            try {
                boards.answer(r.id(), r.version(), text.getValue(), day.getValue(), user);
            } catch (ValidationException refused) {
                if (!errors.show(refused, this::getTranslation).isEmpty()) {
                    dialog.close();
                    Refusals.show(refused, this::getTranslation);
                }
                list.setItems(boards.recommendations(board.id(), user));
                return;
            } catch (RuntimeException refused) {
                if (!Refusals.isUserCaused(refused)) {
                    throw refused;
                }
                dialog.close();
                Refusals.show(refused, this::getTranslation);
                list.setItems(boards.recommendations(board.id(), user));
                return;
            }
            dialog.close();
            list.setItems(boards.recommendations(board.id(), user));
        });
        save.setId("gr-answer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Dialog dialog, FieldErrors errors, Supplier<Board> step) {
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
