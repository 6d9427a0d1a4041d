package org.danvan.cases.ui.internal.detail;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.ComplaintDialogue;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.Outcome;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.StaffPicker;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.rules.api.Variant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Opens the dialog of an action the engine allows on a case. Binder checks what can be checked before the call (the
 * same limits as the engine); the engine has the last word. Element ids: {@code case-action-<action>} for the
 * dialog, {@code case-action-<action>-<field>} for its inputs.
 */
final class ActionDialogs {

    private final Component host;
    private final CaseService cases;
    private final UserPrincipal user;
    private final OrgUnitDirectory units;
    private final StaffDirectory staff;
    private final Consumer<CaseDetail> shown;
    private final Consumer<IntakeReceipt> reopened;
    private final Runnable reload;

    /**
     * @param host the view, for translations and the locale
     * @param shown shows the case as the engine returned it after an action
     * @param reopened opens the second complaint a reopening created
     * @param reload reloads the case (after a conflict)
     */
    ActionDialogs(Component host, CaseService cases, UserPrincipal user, OrgUnitDirectory units,
            StaffDirectory staff, Consumer<CaseDetail> shown, Consumer<IntakeReceipt> reopened,
            Runnable reload) {
        this.host = host;
        this.cases = cases;
        this.user = user;
        this.units = units;
        this.staff = staff;
        this.shown = shown;
        this.reopened = reopened;
        this.reload = reload;
    }

    /** The actions that have a dialog here, in the order the screen shows their buttons. */
    static final List<CaseAction> WITH_DIALOG = List.of(CaseAction.CLASSIFY, CaseAction.ACCEPT,
            CaseAction.NOTIFY_ACCEPTANCE, CaseAction.RETURN_AND_GUIDE, CaseAction.TRANSFER, CaseAction.ASSIGN,
            CaseAction.EXTEND, CaseAction.RESOLVE, CaseAction.SUSPEND, CaseAction.NOTIFY_SUSPENSION,
            CaseAction.CONTINUE, CaseAction.DIALOGUE, CaseAction.WITHDRAW_PART, CaseAction.TERMINATE,
            CaseAction.CLOSE, CaseAction.REOPEN);

    static String dialogId(CaseAction action) {
        return "case-action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    void open(CaseAction action, CaseDetail detail) {
        CaseSummary c = detail.summary();
        switch (action) {
            case CLASSIFY -> classify(detail);
            case ACCEPT -> dayOnly(action, c, "cases.ui.action.acceptedOn",
                    f -> cases.accept(user, c.id(), c.version(), f.getDay()));
            case NOTIFY_ACCEPTANCE -> dayOnly(action, c, "cases.ui.action.notifiedOn",
                    f -> cases.notifyAcceptance(user, c.id(), c.version(), f.getDay()));
            case RETURN_AND_GUIDE -> returnAndGuide(c);
            case TRANSFER -> transfer(c);
            case ASSIGN -> assign(c);
            case EXTEND -> extend(c);
            case RESOLVE -> resolve(c);
            case SUSPEND -> decision(action, c,
                    f -> cases.suspend(user, c.id(), c.version(), f.toResolutionDecision()));
            case NOTIFY_SUSPENSION -> dayOnly(action, c, "cases.ui.action.sentOn",
                    f -> cases.notifySuspension(user, c.id(), c.version(), f.getDay()));
            case CONTINUE -> decision(action, c,
                    f -> cases.continueResolution(user, c.id(), c.version(), f.toResolutionDecision()));
            case TERMINATE -> decision(action, c,
                    f -> cases.terminate(user, c.id(), c.version(), f.toResolutionDecision()));
            case WITHDRAW_PART -> withdrawPart(c);
            case DIALOGUE -> dialogue(c);
            case CLOSE -> close(c);
            case REOPEN -> reopen(c);
            default -> throw new IllegalArgumentException("no dialog for " + action);
        }
    }

    private String t(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    private String id(CaseAction action, String field) {
        return dialogId(action) + "-" + field;
    }

    private ActionDialog<CaseDetail> dialog(CaseAction action, ActionForm bean,
            java.util.function.Function<ActionForm, CaseDetail> call) {
        return new ActionDialog<>(dialogId(action), t(action.labelKey()), bean, call, shown, reload);
    }

    private DatePicker day(CaseAction action, String labelKey) {
        DatePicker day = new DatePicker(t(labelKey));
        day.setId(id(action, "day"));
        day.setMax(LocalizedDates.today());
        day.setI18n(LocalizedDates.i18n(com.vaadin.flow.component.UI.getCurrent().getLocale(), t("cases.ui.datepicker.today"), t("cases.ui.cancel"))
                .setBadInputErrorMessage(t("cases.ui.datepicker.badInput"))
                .setMaxErrorMessage(t("case.error.date.future")));
        return day;
    }

    private TextArea area(CaseAction action, String field, String labelKey, int max) {
        TextArea area = new TextArea(t(labelKey));
        area.setId(id(action, field));
        area.setMaxLength(max);
        area.setMaxHeight("12rem");
        area.setWidthFull();
        return area;
    }

    private TextField line(CaseAction action, String field, String labelKey, int max) {
        TextField line = new TextField(t(labelKey));
        line.setId(id(action, field));
        line.setMaxLength(max);
        line.setWidthFull();
        return line;
    }

    private void dayOnly(CaseAction action, CaseSummary c, String labelKey,
            java.util.function.Function<ActionForm, CaseDetail> call) {
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        DatePicker day = day(action, labelKey);
        ActionDialog<CaseDetail> dialog = dialog(action, bean, call);
        dialog.binder().forField(day).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.field(day, true, "acceptedOn", "notifiedOn", "sentOn", "day").start();
    }

    private void classify(CaseDetail detail) {
        CaseAction action = CaseAction.CLASSIFY;
        CaseSummary c = detail.summary();
        ActionForm bean = new ActionForm();
        bean.setKind(c.kind());
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.classify(user, c.id(), c.version(), f.toClassification()));
        ComboBox<CaseKind> kind = new ComboBox<>(t("cases.ui.field.kind"));
        kind.setId(id(action, "kind"));
        // a second complaint comes only from reopening; the engine refuses it as a classification target
        kind.setItems(EnumSet.complementOf(EnumSet.of(CaseKind.COMPLAINT_SECOND)));
        if (c.kind() == CaseKind.COMPLAINT_SECOND) {
            kind.setItems(EnumSet.of(CaseKind.COMPLAINT_SECOND));
        }
        kind.setItemLabelGenerator(k -> t(k.labelKey()));
        dialog.binder().forField(kind).asRequired(t("case.error.required")).bind(ActionForm::getKind,
                ActionForm::setKind);
        dialog.field(kind, true, "kind");
        Span verdict = new Span();
        verdict.setId(id(action, "verdict"));
        Runnable showVerdict = () -> {
            ActionForm probe = new ActionForm();
            dialog.binder().writeBeanAsDraft(probe, true);
            verdict.setText(t(probe.processable() ? "cases.ui.classify.processable" : "cases.ui.classify.unprocessable"));
            verdict.getElement().getThemeList().clear();
            verdict.getElement().getThemeList().add(probe.processable() ? "badge success" : "badge error");
        };
        record Flag(String field, String labelKey, com.vaadin.flow.function.ValueProvider<ActionForm, Boolean> get,
                com.vaadin.flow.data.binder.Setter<ActionForm, Boolean> set) {
        }
        for (Flag flag : List.of(
                new Flag("in-vietnamese", "cases.ui.classify.inVietnamese", ActionForm::isInVietnamese, ActionForm::setInVietnamese),
                new Flag("dated", "cases.ui.classify.dated", ActionForm::isDated, ActionForm::setDated),
                new Flag("name-address", "cases.ui.classify.nameAndAddress", ActionForm::isNameAndAddress, ActionForm::setNameAndAddress),
                new Flag("signed", "cases.ui.classify.signed", ActionForm::isSigned, ActionForm::setSigned),
                new Flag("names-violator", "cases.ui.classify.namesViolator", ActionForm::isNamesViolator, ActionForm::setNamesViolator),
                new Flag("evidence", "cases.ui.classify.specificEvidence", ActionForm::isSpecificEvidence, ActionForm::setSpecificEvidence))) {
            Checkbox box = new Checkbox(t(flag.labelKey()));
            box.setId(id(action, flag.field()));
            dialog.binder().forField(box).bind(flag.get(), flag.set());
            box.addValueChangeListener(e -> showVerdict.run());
            dialog.field(box, false);
        }
        kind.addValueChangeListener(e -> showVerdict.run());
        CheckboxGroup<Variant> variants = new CheckboxGroup<>(t("cases.ui.classify.variants"));
        variants.setId(id(action, "variants"));
        variants.setItems(Variant.values());
        variants.setItemLabelGenerator(v -> t("cases.ui.variant." + v.name()));
        dialog.binder().forField(variants).bind(ActionForm::getVariants, ActionForm::setVariants);
        TextArea note = area(action, "note", "cases.ui.field.note", ActionForm.NOTE_MAX);
        dialog.binder().forField(note).bind(ActionForm::getNote, ActionForm::setNote);
        // a complaint found complex states the grounds of that finding (Decree 155/2026; the engine decides by date)
        Runnable noteHint = () -> note.setHelperText(kind.getValue() != null && kind.getValue().isComplaint()
                && Variant.normalized(variants.getValue()).contains(Variant.COMPLEX)
                        ? t("cases.ui.classify.complexGrounds") : null);
        variants.addValueChangeListener(e -> noteHint.run());
        kind.addValueChangeListener(e -> noteHint.run());
        dialog.field(variants, true, "variants").field(note, true, "note").text(verdict).start();
        showVerdict.run();
    }

    private void returnAndGuide(CaseSummary c) {
        CaseAction action = CaseAction.RETURN_AND_GUIDE;
        ActionForm bean = new ActionForm();
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.returnAndGuide(user, c.id(), c.version(), ActionForm.text(f.getBody()),
                        ActionForm.text(f.getGuidance())));
        TextField body = line(action, "body", "cases.ui.action.competentBody", ActionForm.LINE_MAX);
        TextArea guidance = area(action, "guidance", "cases.ui.action.guidance", ActionForm.NOTE_MAX);
        dialog.binder().forField(body).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required")).bind(ActionForm::getBody, ActionForm::setBody);
        dialog.binder().forField(guidance).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getGuidance, ActionForm::setGuidance);
        dialog.field(body, true, "competentBody", "body").field(guidance, true, "guidance").start();
    }

    private void transfer(CaseSummary c) {
        CaseAction action = CaseAction.TRANSFER;
        ActionForm bean = new ActionForm();
        ActionDialog<CaseDetail> dialog = dialog(action, bean, f -> cases.transfer(user, c.id(), c.version(),
                ActionForm.text(f.getBody()), f.getUnit() == null ? null : f.getUnit().id(), ActionForm.text(f.getNote())));
        TextField body = line(action, "body", "cases.ui.action.targetBody", ActionForm.LINE_MAX);
        UnitPicker unit = new UnitPicker(units, id(action, "unit"), t("cases.ui.action.targetUnit"));
        unit.setHelperText(t("cases.ui.action.targetUnit.helper"));
        TextArea note = area(action, "note", "cases.ui.field.note", ActionForm.NOTE_MAX);
        dialog.binder().forField(body).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required")).bind(ActionForm::getBody, ActionForm::setBody);
        dialog.binder().forField(unit).bind(ActionForm::getUnit, ActionForm::setUnit);
        dialog.binder().forField(note).bind(ActionForm::getNote, ActionForm::setNote);
        unit.addValueChangeListener(e -> {
            // the unit's name is a good default for the body; the officer may still change it
            if (e.getValue() != null && body.getValue().isBlank()) {
                body.setValue(e.getValue().name());
            }
        });
        dialog.field(unit, true, "targetUnitId").field(body, true, "targetBody").field(note, true, "note").start();
    }

    private void assign(CaseSummary c) {
        CaseAction action = CaseAction.ASSIGN;
        ActionForm bean = new ActionForm();
        ActionDialog<CaseDetail> dialog = dialog(action, bean, f -> cases.assign(user, c.id(), c.version(),
                f.getHandler().userId(), f.getHandler().fullName()));
        // who may resolve the case where it lies may handle it
        StaffPicker handler = new StaffPicker(staff, id(action, "handler"), t("cases.ui.assign.handler"),
                CasePermissions.RESOLVE, c.unitId());
        handler.setHelperText(t("cases.ui.assign.helper"));
        handler.setWidthFull();
        dialog.binder().forField(handler).asRequired(t("case.error.required"))
                .bind(ActionForm::getHandler, ActionForm::setHandler);
        dialog.field(handler, true, "handlerUserId", "handlerName").start();
    }

    private void extend(CaseSummary c) {
        CaseAction action = CaseAction.EXTEND;
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.extend(user, c.id(), c.version(), f.toExtension()));
        IntegerField days = new IntegerField(t("cases.ui.extend.days"));
        days.setId(id(action, "days"));
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        TextField decision = line(action, "decision", "cases.ui.field.decisionReference", ActionForm.DECISION_MAX);
        DatePicker decidedOn = day(action, "cases.ui.extend.decidedOn");
        TextArea reason = area(action, "reason", "cases.ui.field.reason", ActionForm.NOTE_MAX);
        dialog.binder().forField(days).asRequired(t("case.error.required"))
                .withValidator(d -> d >= 1 && d <= 365, t("case.error.extension.days"))
                .bind(ActionForm::getDays, ActionForm::setDays);
        dialog.binder().forField(decision).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getDecisionReference, ActionForm::setDecisionReference);
        dialog.binder().forField(decidedOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(reason).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required")).bind(ActionForm::getReason, ActionForm::setReason);
        dialog.field(days, false, "days").field(decidedOn, false, "decidedOn")
                .field(decision, true, "decisionReference").field(reason, true, "reason");
        if ("denunciation.classify".equals(c.dueRuleId())) {
            // Law 25/2018 art. 24: the classification is extended only on one of two grounds
            ComboBox<org.danvan.cases.api.ExtensionGround> ground = new ComboBox<>(t("cases.ui.extend.ground"));
            ground.setId(id(action, "ground"));
            ground.setItems(org.danvan.cases.api.ExtensionGround.values());
            ground.setItemLabelGenerator(g -> t(g.labelKey()));
            ground.setWidthFull();
            dialog.binder().forField(ground).asRequired(t("case.error.extension.ground-required"))
                    .bind(ActionForm::getGround, ActionForm::setGround);
            dialog.field(ground, true, "ground");
        }
        dialog.start();
    }

    private void resolve(CaseSummary c) {
        CaseAction action = CaseAction.RESOLVE;
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.resolve(user, c.id(), c.version(), f.toResolution()));
        ComboBox<Outcome> outcome = new ComboBox<>(t("cases.ui.resolve.outcome"));
        outcome.setId(id(action, "outcome"));
        outcome.setItems(ActionForm.outcomesFor(c.kind()));
        outcome.setItemLabelGenerator(o -> t(o.labelKey()));
        TextField decision = line(action, "decision", "cases.ui.field.decisionReference", ActionForm.DECISION_MAX);
        DatePicker resolvedOn = day(action, "cases.ui.resolve.resolvedOn");
        resolvedOn.setMin(c.receivedOn());
        TextField legalGround = line(action, "legal-ground", "cases.ui.resolve.legalGround", ActionForm.LEGAL_GROUND_MAX);
        TextArea summary = area(action, "summary", "cases.ui.resolve.summary", ActionForm.NOTE_MAX);
        dialog.binder().forField(outcome).asRequired(t("case.error.required"))
                .bind(ActionForm::getOutcome, ActionForm::setOutcome);
        dialog.binder().forField(decision).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getDecisionReference, ActionForm::setDecisionReference);
        dialog.binder().forField(resolvedOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(legalGround)
                .withValidator(v -> outcome.getValue() != Outcome.INFORMATION_REFUSED || !v.isBlank(),
                        t("case.error.legal-ground.required"))
                .bind(ActionForm::getLegalGround, ActionForm::setLegalGround);
        dialog.binder().forField(summary).bind(ActionForm::getSummary, ActionForm::setSummary);
        outcome.addValueChangeListener(e -> legalGround.setRequiredIndicatorVisible(e.getValue() == Outcome.INFORMATION_REFUSED));
        dialog.field(outcome, true, "outcome").field(decision, false, "decisionReference")
                .field(resolvedOn, false, "resolvedOn").field(legalGround, true, "legalGround")
                .field(summary, true, "summary").start();
    }

    /** A suspension, continuation or termination decision: number, day and legal ground (art. 11a). */
    private void decision(CaseAction action, CaseSummary c,
            java.util.function.Function<ActionForm, CaseDetail> call) {
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        ActionDialog<CaseDetail> dialog = dialog(action, bean, call);
        TextField decision = line(action, "decision", "cases.ui.field.decisionReference", ActionForm.DECISION_MAX);
        DatePicker decidedOn = day(action, "cases.ui.decision.decidedOn");
        decidedOn.setMin(c.receivedOn());
        TextArea ground = area(action, "ground", action == CaseAction.CONTINUE ? "cases.ui.decision.continueGround"
                : "cases.ui.decision.ground", ActionForm.NOTE_MAX);
        dialog.binder().forField(decision).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getDecisionReference, ActionForm::setDecisionReference);
        dialog.binder().forField(decidedOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(ground).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required")).bind(ActionForm::getReason, ActionForm::setReason);
        dialog.text(new Paragraph(t("cases.ui.decision.explain." + action.name())))
                .field(decidedOn, false, "decidedOn").field(decision, true, "decisionReference")
                .field(ground, true, "ground").start();
    }

    private void withdrawPart(CaseSummary c) {
        CaseAction action = CaseAction.WITHDRAW_PART;
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.withdrawPart(user, c.id(), c.version(), f.getDay(), ActionForm.text(f.getNote())));
        DatePicker withdrawnOn = day(action, "cases.ui.withdraw.withdrawnOn");
        withdrawnOn.setMin(c.receivedOn());
        TextArea parts = area(action, "parts", "cases.ui.withdraw.parts", ActionForm.NOTE_MAX);
        dialog.binder().forField(withdrawnOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(parts).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required")).bind(ActionForm::getNote, ActionForm::setNote);
        dialog.text(new Paragraph(t("cases.ui.withdraw.explain"))).field(withdrawnOn, false, "withdrawnOn")
                .field(parts, true, "parts").start();
    }

    /** A complaint dialogue (Law 02/2011 arts. 30, 39) and the day its notice went to the parties. */
    private void dialogue(CaseSummary c) {
        CaseAction action = CaseAction.DIALOGUE;
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        ActionDialog<CaseDetail> dialog = dialog(action, bean, f -> cases.recordDialogue(user, c.id(), c.version(),
                new ComplaintDialogue(f.getDay(), f.getNoticeDay(), ActionForm.text(f.getParticipants()),
                        ActionForm.text(f.getContent()))));
        DatePicker heldOn = day(action, "cases.ui.dialogue.heldOn");
        heldOn.setMin(c.receivedOn());
        DatePicker noticeOn = day(action, "cases.ui.dialogue.noticeSentOn");
        noticeOn.setId(id(action, "notice-day"));
        noticeOn.setMin(c.receivedOn());
        noticeOn.setHelperText(t("cases.ui.dialogue.noticeHelp"));
        TextArea participants = area(action, "participants", "cases.ui.dialogue.participants", ActionForm.NOTE_MAX);
        TextArea content = area(action, "content", "cases.ui.dialogue.content", ActionForm.DIALOGUE_MAX);
        dialog.binder().forField(heldOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(noticeOn).asRequired(t("case.error.required"))
                .bind(ActionForm::getNoticeDay, ActionForm::setNoticeDay);
        dialog.binder().forField(participants).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getParticipants, ActionForm::setParticipants);
        dialog.binder().forField(content).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getContent, ActionForm::setContent);
        dialog.text(new Paragraph(t("cases.ui.dialogue.explain"))).field(heldOn, false, "heldOn")
                .field(noticeOn, false, "noticeSentOn").field(participants, true, "participants")
                .field(content, true, "content").start();
    }

    private void close(CaseSummary c) {
        CaseAction action = CaseAction.CLOSE;
        ActionForm bean = new ActionForm();
        ActionDialog<CaseDetail> dialog = dialog(action, bean,
                f -> cases.close(user, c.id(), c.version(), ActionForm.text(f.getNote())));
        TextArea note = area(action, "note", "cases.ui.field.note", ActionForm.NOTE_MAX);
        dialog.binder().forField(note).bind(ActionForm::getNote, ActionForm::setNote);
        dialog.text(new Paragraph(t("cases.ui.close.explain"))).field(note, true, "note").start();
    }

    private void reopen(CaseSummary c) {
        CaseAction action = CaseAction.REOPEN;
        ActionForm bean = new ActionForm();
        bean.setDay(LocalizedDates.today());
        // the second complaint goes to the level above the unit that decided the first
        OrgUnitInfo own = units.find(c.unitId()).orElse(null);
        bean.setUnit(own == null || own.parentId() == null ? own : units.find(own.parentId()).orElse(own));
        ActionDialog<IntakeReceipt> dialog = new ActionDialog<>(dialogId(action), t(action.labelKey()), bean,
                f -> cases.reopen(user, c.id(), f.getUnit().id(), f.getDay(), ActionForm.text(f.getContent())),
                reopened, reload);
        UnitPicker unit = new UnitPicker(units, id(action, "unit"), t("cases.ui.reopen.unit"));
        DatePicker receivedOn = day(action, "cases.ui.field.receivedOn");
        TextArea content = area(action, "content", "cases.ui.field.content", ActionForm.CONTENT_MAX);
        dialog.binder().forField(unit).asRequired(t("case.error.required")).bind(ActionForm::getUnit, ActionForm::setUnit);
        dialog.binder().forField(receivedOn).asRequired(t("case.error.required")).bind(ActionForm::getDay, ActionForm::setDay);
        dialog.binder().forField(content).asRequired(t("case.error.required"))
                .withValidator(v -> !v.isBlank(), t("case.error.required"))
                .bind(ActionForm::getContent, ActionForm::setContent);
        dialog.field(unit, true, "receivingUnitId", "unitId").field(receivedOn, false, "receivedOn")
                .field(content, true, "content").start();
    }
}
