package org.danvan.cases.ui.internal.detail;

import java.util.List;
import java.util.Optional;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.NextDue;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.cases.ui.internal.CaseBadges;
import org.danvan.cases.ui.internal.Refusals;
import org.danvan.cases.ui.internal.worklist.WorklistContribution;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * One case: header with the clock and the rule behind it, the actions the engine allows this user now, the
 * petitioners (masked for a denunciation, with an audited unmask), duplicates, the timeline and the attachments.
 * After any action the screen shows the case as the engine returned it, so the version used by the next action is
 * always the one just read.
 */
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient CaseService cases;
    private final transient OrgUnitDirectory units;
    private final UserPrincipal user;
    private final transient ActionDialogs dialogs;
    private long caseId;

    public CaseDetailView(CaseService cases, OrgUnitDirectory units, StaffDirectory staff) {
        this.cases = cases;
        this.units = units;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        this.dialogs = new ActionDialogs(this, cases, user, units, staff, this::show, this::reopened,
                this::reload);
        setId("case-detail");
        setPadding(true);
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(CaseDetailContribution.caseId(event.getLocation().getQueryParameters()));
    }

    /** Shows a case (or why it cannot be shown). */
    void open(long id) {
        caseId = id;
        reload();
    }

    private void reload() {
        try {
            show(cases.detail(user, caseId));
        } catch (CaseConflictException | AccessDeniedException | ValidationException refused) {
            removeAll();
            Paragraph message = new Paragraph(Refusals.message(refused, this::getTranslation));
            message.setId("case-detail-error");
            add(message, backLink());
        }
    }

    private void reopened(IntakeReceipt receipt) {
        Refusals.success(getTranslation("cases.ui.reopen.done", receipt.number()));
        CaseDetailContribution.open(receipt.caseId());
    }

    private void show(CaseDetail detail) {
        removeAll();
        CaseSummary c = detail.summary();
        add(backLink(), header(detail), actions(detail), facts(detail));
        TextArea content = new TextArea(getTranslation("cases.ui.field.content"));
        content.setId("case-content");
        content.setValue(detail.content() == null ? "" : detail.content());
        content.setReadOnly(true);
        content.setWidthFull();
        content.setMaxHeight("20rem");
        add(content);
        add(section("cases.ui.detail.petitioners"), petitioners(detail));
        if (!detail.duplicates().isEmpty()) {
            add(section("cases.ui.detail.duplicates"),
                    new DuplicatesPanel(cases, units, user, c.id(), detail.duplicates(), this::reload));
        }
        add(section("cases.ui.detail.timeline"), timeline(detail.timeline()), commentBox(detail));
        add(section("cases.ui.detail.attachments"), new AttachmentsPanel(cases, user, detail, this::reload));
    }

    private Component backLink() {
        Button back = new Button(getTranslation("cases.ui.detail.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(WorklistContribution.ROUTE));
        back.setId("case-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        title.getStyle().set("margin-bottom", "0");
        return title;
    }

    private Component header(CaseDetail detail) {
        CaseSummary c = detail.summary();
        H2 number = new H2(c.number());
        number.setId("case-number");
        number.getStyle().set("margin", "0");
        Span kind = badge("case-kind", getTranslation(c.kind().labelKey()), "badge");
        kind.getElement().setAttribute("data-kind", c.kind().name());
        Span status = badge("case-status", getTranslation(c.status().labelKey()), CaseBadges.statusTheme(c.status()));
        status.getElement().setAttribute("data-status", c.status().name());
        Span due = CaseBadges.due(c.dueState(), getTranslation(CaseBadges.dueKey(c.dueState())));
        due.setId("case-due-state");
        HorizontalLayout row = new HorizontalLayout(number, kind, status, due);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static Span badge(String id, String text, String theme) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Component actions(CaseDetail detail) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("case-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        for (CaseAction action : ActionDialogs.WITH_DIALOG) {
            if (detail.allowedActions().contains(action)) {
                Button button = new Button(getTranslation(action.labelKey()), e -> dialogs.open(action, detail));
                button.setId("case-do-" + ActionDialogs.dialogId(action).substring("case-action-".length()));
                bar.add(button);
            }
        }
        if (bar.getComponentCount() == 0) {
            Span none = new Span(getTranslation("cases.ui.detail.noActions"));
            none.setId("case-actions-none");
            bar.add(none);
        } else {
            ((Button) bar.getComponentAt(0)).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return bar;
    }

    private Component facts(CaseDetail detail) {
        CaseSummary c = detail.summary();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        form.add(fact("case-unit", "cases.ui.column.unit", UnitLabels.path(units, c.unitId())),
                fact("case-received", "cases.ui.field.receivedOn", LocalizedDates.format(c.receivedOn())),
                fact("case-channel", "cases.ui.field.channel", detail.channel() == null ? ""
                        : getTranslation(detail.channel().labelKey())
                                + (detail.forwardedBy() == null ? "" : " — " + detail.forwardedBy())),
                fact("case-handler", "cases.ui.column.handler", handlerName(detail)),
                fact("case-concerned", "cases.ui.field.concerned", c.concerned()),
                fact("case-people", "cases.ui.field.peopleCount", detail.group()
                        ? getTranslation("cases.ui.detail.group", detail.peopleCount())
                        : String.valueOf(detail.peopleCount())));
        if (detail.processable() != null) {
            form.add(fact("case-processable", "cases.ui.detail.processable",
                    getTranslation(detail.processable() ? "cases.ui.yes" : "cases.ui.no")));
        }
        if (!detail.variants().isEmpty()) {
            form.add(fact("case-variants", "cases.ui.classify.variants", String.join(", ", detail.variants().stream()
                    .map(v -> getTranslation("cases.ui.variant." + v)).sorted().toList())));
        }
        NextDue next = detail.nextDue();
        if (next != null) {
            form.add(fact("case-next-due", "cases.ui.detail.nextDue", getTranslation("cases.ui.detail.nextDue.value",
                    getTranslation(next.step().labelKey()), LocalizedDates.format(next.dueDate()))));
            TextField rule = fact("case-next-due-rule", "cases.ui.detail.rule", ruleLabel(next.ruleId()));
            rule.setHelperText(getTranslation("cases.ui.detail.clock", LocalizedDates.format(next.clockStart()),
                    next.extensions()));
            TextField citation = fact("case-next-due-citation", "cases.ui.detail.citation", next.citation());
            form.add(rule, citation);
            // citations are long ("Luật Khiếu nại số 02/2011/QH13, Điều 28"): give them a whole row
            form.setColspan(citation, 3);
        }
        if (detail.outcome() != null) {
            form.add(fact("case-outcome", "cases.ui.resolve.outcome", getTranslation(detail.outcome().labelKey())),
                    fact("case-resolved-on", "cases.ui.resolve.resolvedOn", LocalizedDates.format(detail.resolvedOn())
                            + (Boolean.TRUE.equals(detail.resolvedLate()) ? " — " + getTranslation("cases.ui.detail.late")
                                    : "")));
        }
        if (detail.parentCaseId() != null) {
            Button parent = new Button(getTranslation("cases.ui.detail.parent"), VaadinIcon.LINK.create(),
                    e -> CaseDetailContribution.open(detail.parentCaseId()));
            parent.setId("case-parent");
            parent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            form.add(parent);
        }
        return form;
    }

    private String ruleLabel(String ruleId) {
        String label = getTranslation("rules." + ruleId);
        return label == null || label.startsWith("!") ? ruleId : label;
    }

    /** The name given at the last assignment, if the case has a handler. */
    static String handlerName(CaseDetail detail) {
        if (detail.summary().handlerUserId() == null) {
            return "";
        }
        List<CaseStep> steps = detail.timeline();
        for (int i = steps.size() - 1; i >= 0; i--) {
            CaseStep step = steps.get(i);
            if (step.action() == CaseAction.ASSIGN && step.details().get("handlerName") != null) {
                return step.details().get("handlerName");
            }
        }
        return "#" + detail.summary().handlerUserId();
    }

    private TextField fact(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }

    private Component petitioners(CaseDetail detail) {
        List<PetitionerView> people = detail.petitioners();
        boolean masked = people.stream().anyMatch(PetitionerView::masked);
        if (!masked) {
            if (people.isEmpty()) {
                Span none = new Span(getTranslation("cases.ui.detail.anonymous"));
                none.setId("case-petitioners-none");
                return none;
            }
            return new PersonGrid("case-petitioners", people.stream().map(PetitionerView::person).toList());
        }
        Div box = new Div();
        box.setId("case-petitioners-masked");
        Span text = new Span(getTranslation("cases.ui.detail.masked", people.size()));
        text.getElement().getThemeList().add("badge contrast");
        box.add(text);
        if (detail.allowedActions().contains(CaseAction.UNMASK)) {
            Button unmask = new Button(getTranslation("cases.ui.unmask"), VaadinIcon.EYE.create(),
                    e -> new ReasonDialog("case-unmask-dialog", getTranslation("cases.ui.unmask"),
                            getTranslation("cases.ui.unmask.explain"), reason -> reveal(detail, reason)).open());
            unmask.setId("case-unmask");
            unmask.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            unmask.getStyle().set("margin-left", "var(--lumo-space-m)");
            box.add(unmask);
        }
        return box;
    }

    /** Asks the engine (which audits first); its refusals propagate to the reason dialog. */
    private void reveal(CaseDetail detail, String reason) {
        List<PersonData> clear;
        try {
            clear = cases.unmask(user, detail.summary().id(), reason);
        } catch (AccessDeniedException | CaseConflictException refused) {
            Refusals.show(refused, this::getTranslation);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("case-unmasked");
        dialog.setHeaderTitle(getTranslation("cases.ui.unmask.result", detail.summary().number()));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        Paragraph audited = new Paragraph(getTranslation("cases.ui.unmask.audited"));
        audited.getStyle().set("color", "var(--lumo-secondary-text-color)");
        dialog.add(audited, new PersonGrid("case-unmasked-people", clear));
        Button close = new Button(getTranslation("cases.ui.close"), e -> dialog.close());
        close.setId("case-unmasked-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** A comment for the timeline (anyone who sees the case); the handler is notified by the engine. */
    private Component commentBox(CaseDetail detail) {
        TextArea text = new TextArea(getTranslation("cases.ui.comment.field"));
        text.setId("case-comment-text");
        text.setMaxLength(2000);
        text.setWidthFull();
        Button add = new Button(getTranslation("cases.ui.comment.add"), VaadinIcon.COMMENT.create(), e -> {
            try {
                cases.comment(user, detail.summary().id(), text.getValue());
                Refusals.success(getTranslation("cases.ui.comment.done"));
                reload();
            } catch (ValidationException | AccessDeniedException refused) {
                Refusals.show(refused, this::getTranslation);
            }
        });
        add.setId("case-comment-add");
        Div box = new Div(text, add);
        box.setId("case-comment");
        box.setWidthFull();
        return box;
    }

    private Component timeline(List<CaseStep> steps) {
        VerticalLayout list = new VerticalLayout();
        list.setId("case-timeline");
        list.setPadding(false);
        list.setSpacing(false);
        for (int i = 0; i < steps.size(); i++) {
            CaseStep step = steps.get(i);
            Div entry = new Div();
            entry.setId("case-step-" + i);
            entry.getElement().setAttribute("data-action", step.action().name());
            entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            Span what = new Span(getTranslation(step.action().labelKey()));
            what.getStyle().set("font-weight", "600");
            Span status = new Span(step.fromStatus() == step.toStatus() || step.fromStatus() == null
                    ? getTranslation(step.toStatus().labelKey())
                    : getTranslation(step.fromStatus().labelKey()) + " → " + getTranslation(step.toStatus().labelKey()));
            status.getStyle().set("margin-left", "var(--lumo-space-s)").set("color", "var(--lumo-secondary-text-color)");
            Div who = new Div(new Span(LocalizedDates.format(step.at()) + " · " + actor(step)));
            who.addClassName("case-step-who");
            who.getStyle().set("font-size", "var(--lumo-font-size-s)");
            entry.add(new Div(what, status), who);
            for (String line : TimelineText.lines(step, this::getTranslation)) {
                Div detail = new Div(new Span(line));
                detail.getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
                entry.add(detail);
            }
            list.add(entry);
        }
        return list;
    }

    private static String actor(CaseStep step) {
        String name = Optional.ofNullable(step.actorName()).filter(n -> !n.isBlank()).orElse(step.actorLogin());
        return step.actorLogin() == null || name.equals(step.actorLogin()) ? String.valueOf(name)
                : name + " (" + step.actorLogin() + ")";
    }
}
