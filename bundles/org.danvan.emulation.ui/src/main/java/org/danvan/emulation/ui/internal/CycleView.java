package org.danvan.emulation.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.CriterionEvidence;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.ProposalDraft;
import org.danvan.emulation.api.ProposalState;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Registration;
import org.danvan.emulation.api.RegistrationDraft;
import org.danvan.emulation.api.RegistrationState;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The yearly emulation cycle: registrations with targets, the year-end evaluation with the evidence of the installed
 * modules next to each criterion, proposals to the awarding level's council, votes, decisions with their reward and
 * a printable certificate, refusals with their reason.
 */
public class CycleView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient EmulationCycle cycle;
    private final transient AwardTitles titles;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient Certificates certificates;
    private final transient UserPrincipal user;
    private final IntegerField year = new IntegerField();
    private final Grid<Registration> registrations = new Grid<>();
    private final Grid<Proposal> proposals = new Grid<>();

    public CycleView(EmulationCycle cycle, AwardTitles titles, OrgUnitDirectory units, AccessControl access,
            DocumentExporter exporter) {
        this.cycle = cycle;
        this.titles = titles;
        this.units = units;
        this.access = access;
        this.certificates = new Certificates(exporter);
        this.user = SignedInUser.get().orElse(null);
        setId("em-cycle");
        setSizeFull();
        year.setId("em-cycle-year");
        year.setLabel(getTranslation("emulation.ui.cycle.year"));
        year.setValue(LocalizedDates.today().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("emulation.ui.registration.new"), VaadinIcon.PLUS.create(),
                e -> register());
        add.setId("em-registration-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, EmulationPermissions.MANAGE));
        HorizontalLayout top = new HorizontalLayout(year, add);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        registrations.setId("em-registration-list");
        registrations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        registrations.addColumn(Registration::candidateName).setHeader(getTranslation("emulation.ui.candidate"));
        registrations.addColumn(Registration::unitName).setHeader(getTranslation("emulation.ui.column.unit"));
        registrations.addColumn(r -> titleLabel(r.targetTitle())).setHeader(getTranslation("emulation.ui.target"));
        registrations.addColumn(Registration::targets).setHeader(getTranslation("emulation.ui.targets"))
                .setFlexGrow(2);
        registrations.addColumn(r -> r.points() == null ? getTranslation("emulation.registration.state." + r.state())
                : getTranslation("emulation.ui.points", r.points(), r.maxPoints()))
                .setHeader(getTranslation("emulation.ui.column.state"));
        registrations.addColumn(r -> r.classification() == null ? ""
                : getTranslation("emulation.classification." + r.classification()))
                .setHeader(getTranslation("emulation.ui.classification"));
        registrations.addComponentColumn(this::registrationActions).setAutoWidth(true).setFlexGrow(0);
        registrations.setEmptyStateText(getTranslation("emulation.ui.registration.empty"));

        proposals.setId("em-proposal-list");
        proposals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals.addColumn(Proposal::candidateName).setHeader(getTranslation("emulation.ui.candidate"));
        proposals.addColumn(p -> titleLabel(p.titleCode())).setHeader(getTranslation("emulation.ui.title"));
        proposals.addColumn(p -> p.awardingUnitName() + " (" + getTranslation("emulation.level." + p.level()) + ")")
                .setHeader(getTranslation("emulation.ui.awardingUnit"));
        proposals.addColumn(p -> getTranslation("emulation.ui.votes", p.votesFor(), p.votesAgainst()))
                .setHeader(getTranslation("emulation.ui.council"));
        proposals.addColumn(this::proposalState).setHeader(getTranslation("emulation.ui.column.state"))
                .setFlexGrow(2);
        proposals.addComponentColumn(this::proposalActions).setAutoWidth(true).setFlexGrow(0);
        proposals.setEmptyStateText(getTranslation("emulation.ui.proposal.empty"));
        refresh();
        add(top, registrations, new H3(getTranslation("emulation.ui.proposals")), proposals);
    }

    private String titleLabel(String code) {
        return getTranslation("emulation.title." + code);
    }

    private String proposalState(Proposal p) {
        String state = getTranslation("emulation.proposal.state." + p.state());
        if (p.state().awarded()) {
            String decided = getTranslation("emulation.ui.decided", state, p.decisionNumber(),
                    LocalizedDates.format(p.decidedOn()), Amounts.format(p.amount()), p.coefficient().toPlainString(),
                    Amounts.format(p.baseSalary()));
            return p.announcedOn() == null ? decided : decided + " " + getTranslation("emulation.ui.announced",
                    LocalizedDates.format(p.announcedOn()), p.announcement());
        }
        return p.state() == ProposalState.REFUSED ? state + ": " + p.refusal() : state;
    }

    void refresh() {
        int chosen = year.getValue() == null ? LocalizedDates.today().getYear() : year.getValue();
        registrations.setItems(cycle.registrations(chosen, user));
        proposals.setItems(cycle.proposals(chosen, user));
    }

    private Component registrationActions(Registration r) {
        Button evaluate = new Button(getTranslation("emulation.ui.evaluate"), e -> evaluate(r));
        evaluate.setId("em-registration-evaluate-" + r.id());
        evaluate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button propose = new Button(getTranslation("emulation.ui.propose"), e -> propose(r));
        propose.setId("em-registration-propose-" + r.id());
        propose.addThemeVariants(ButtonVariant.LUMO_SMALL);
        propose.setVisible(r.state() == RegistrationState.EVALUATED && user != null
                && access.isPermitted(user, EmulationPermissions.MANAGE, r.unitId()));
        return new HorizontalLayout(evaluate, propose);
    }

    private Component proposalActions(Proposal p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (p.state() == ProposalState.PROPOSED && user != null) {
            if (access.isPermitted(user, EmulationPermissions.COUNCIL, p.awardingUnitId())) {
                actions.add(small("em-proposal-for-" + p.id(), "emulation.ui.vote.for", () -> vote(p, true)),
                        small("em-proposal-against-" + p.id(), "emulation.ui.vote.against", () -> vote(p, false)));
            }
            if (access.isPermitted(user, EmulationPermissions.DECIDE, p.awardingUnitId())) {
                actions.add(small("em-proposal-decide-" + p.id(), "emulation.ui.decide", () -> decide(p)),
                        small("em-proposal-refuse-" + p.id(), "emulation.ui.refuse", () -> refuse(p)));
            }
        }
        if (p.state() == ProposalState.DECIDED && user != null
                && access.isPermitted(user, EmulationPermissions.DECIDE, p.awardingUnitId())) {
            actions.add(small("em-proposal-announce-" + p.id(), "emulation.ui.announce", () -> announce(p)));
        }
        if (p.state().awarded()) {
            Anchor certificate = certificates.anchor(p, this::getTranslation);
            certificate.setId("em-proposal-certificate-" + p.id());
            actions.add(certificate);
        }
        return actions;
    }

    private Button small(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private UnitPicker unitPicker(String id, String labelKey, String permission) {
        UnitPicker unit = new UnitPicker(units, id, getTranslation(labelKey));
        if (permission != null) {
            unit.allowing(u -> user != null && access.isPermitted(user, permission, u.id()));
        }
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        return unit;
    }

    private ComboBox<AwardTitle> titleBox(String id, String labelKey) {
        ComboBox<AwardTitle> title = new ComboBox<>(getTranslation(labelKey));
        title.setId(id);
        title.setItems(titles.titles(LocalizedDates.today()));
        title.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        return title;
    }

    private void register() {
        Dialog dialog = Forms.dialog(this, "em-registration-dialog", getTranslation("emulation.ui.registration.new"));
        UnitPicker unit = unitPicker("em-registration-unit", "emulation.ui.column.unit", EmulationPermissions.MANAGE);
        Select<Recipient> recipient = new Select<>();
        recipient.setId("em-registration-recipient");
        recipient.setLabel(getTranslation("emulation.ui.recipient"));
        recipient.setItems(Recipient.values());
        recipient.setItemLabelGenerator(r -> getTranslation("emulation.recipient." + r));
        recipient.setValue(Recipient.COLLECTIVE);
        TextField candidate = new TextField(getTranslation("emulation.ui.candidate"));
        candidate.setId("em-registration-candidate");
        candidate.setHelperText(getTranslation("emulation.ui.candidate.helper"));
        ComboBox<AwardTitle> target = titleBox("em-registration-target", "emulation.ui.target");
        TextArea targets = new TextArea(getTranslation("emulation.ui.targets"));
        targets.setId("em-registration-targets");
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(recipient, "recipient")
                .field(candidate, "candidateName").field(target, "targetTitle").field(targets, "targets")
                .field(year, "year");
        FormLayout form = new FormLayout(unit, recipient, candidate, target, targets);
        form.setColspan(targets, 2);
        dialog.add(form);
        Forms.save(this, "em-registration-save", getTranslation("emulation.ui.save"), dialog, errors, () -> {
            OrgUnitInfo chosen = unit.getValue();
            return cycle.registerEmulation(new RegistrationDraft(chosen == null ? -1 : chosen.id(),
                    year.getValue() == null ? 0 : year.getValue(), recipient.getValue(), candidate.getValue(),
                    target.getValue() == null ? null : target.getValue().code(), targets.getValue()), user);
        }, this::refresh);
        dialog.open();
    }

    private void evaluate(Registration r) {
        Dialog dialog = Forms.dialog(this, "em-evaluation-dialog", getTranslation("emulation.ui.evaluate") + ": "
                + r.candidateName());
        dialog.setWidth("60rem");
        boolean council = user != null && access.isPermitted(user, EmulationPermissions.COUNCIL, r.unitId());
        FieldErrors errors = new FieldErrors();
        Map<String, IntegerField> points = new LinkedHashMap<>();
        Map<String, TextField> notes = new LinkedHashMap<>();
        List<CriterionEvidence> criteria = cycle.evaluation(r.id(), user);
        for (CriterionEvidence c : criteria) {
            // the criterion's label above its row, wrapping: a field's own label is cut to one line
            String label = getTranslation(c.criterion().labelKey());
            Span criterionLabel = new Span(label);
            criterionLabel.setId("em-evaluation-label-" + c.criterion().code());
            criterionLabel.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere")
                    .set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-m)");
            IntegerField input = new IntegerField(getTranslation("emulation.ui.score"));
            input.setAriaLabel(label);
            input.setId("em-evaluation-" + c.criterion().code());
            input.setMin(0);
            input.setMax(c.criterion().maxPoints());
            input.setValue(c.points());
            input.setHelperText(getTranslation("emulation.ui.score.max", c.criterion().maxPoints()));
            input.setReadOnly(!council);
            TextField note = new TextField(getTranslation("emulation.ui.evaluation.note"));
            note.setId("em-evaluation-note-" + c.criterion().code());
            note.setValue(c.note() == null ? "" : c.note());
            note.setReadOnly(!council);
            points.put(c.criterion().code(), input);
            notes.put(c.criterion().code(), note);
            errors.field(input, c.criterion().code());
            HorizontalLayout row = new HorizontalLayout(input, note, evidence(c));
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            dialog.add(criterionLabel, row);
        }
        if (council) {
            Forms.save(this, "em-evaluation-save", getTranslation("emulation.ui.save"), dialog, errors, () -> {
                Map<String, Integer> given = new LinkedHashMap<>();
                points.forEach((code, input) -> {
                    if (input.getValue() != null) {
                        given.put(code, input.getValue());
                    }
                });
                Map<String, String> written = new LinkedHashMap<>();
                notes.forEach((code, input) -> written.put(code, input.getValue()));
                return cycle.evaluate(r.id(), r.version(), given, written, user);
            }, this::refresh);
        } else {
            dialog.getFooter().add(new Button(getTranslation("emulation.ui.close"), e -> dialog.close()));
        }
        dialog.open();
    }

    /** The evidence next to a criterion: each figure with a link to its records, or why there is none. */
    private Component evidence(CriterionEvidence c) {
        Div box = new Div();
        box.setId("em-evidence-" + c.criterion().code());
        box.getStyle().set("flex", "1");
        if (c.criterion().evidenceKinds().isEmpty()) {
            box.add(new Span(getTranslation("emulation.ui.evidence.byHand")));
        } else if (!c.offered()) {
            box.add(new Span(getTranslation("emulation.ui.evidence.notInstalled")));
        } else if (c.evidence().isEmpty()) {
            box.add(new Span(getTranslation("emulation.ui.evidence.none")));
        }
        for (Evidence e : c.evidence()) {
            String text = getTranslation(e.labelKey(), e.labelArgs().toArray());
            Component line;
            if (e.route() != null) {
                line = new Anchor(e.route() + query(e.parameters()), text);
            } else {
                line = new Span(text);
            }
            if (!e.meetsTarget()) {
                line.getElement().getThemeList().add("badge error");
            }
            Div wrap = new Div(line);
            wrap.setClassName("em-evidence-item");
            box.add(wrap);
        }
        return box;
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        parameters.forEach((k, v) -> q.append(q.length() > 1 ? "&" : "").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return q.toString();
    }

    private void propose(Registration r) {
        Dialog dialog = Forms.dialog(this, "em-proposal-dialog", getTranslation("emulation.ui.propose") + ": "
                + r.candidateName());
        ComboBox<AwardTitle> title = titleBox("em-proposal-title", "emulation.ui.title");
        titles.title(r.targetTitle(), LocalizedDates.today()).ifPresent(title::setValue);
        UnitPicker awarding = unitPicker("em-proposal-awarding", "emulation.ui.awardingUnit", null);
        units.find(r.unitId()).ifPresent(awarding::setValue);
        CheckboxGroup<Achievement> achievements = new CheckboxGroup<>(getTranslation("emulation.ui.achievements"));
        achievements.setId("em-proposal-achievements");
        achievements.setItems(Achievement.values());
        achievements.setItemLabelGenerator(a -> getTranslation("emulation.achievement." + a));
        TextArea dossier = new TextArea(getTranslation("emulation.ui.dossier"));
        dossier.setId("em-proposal-dossier");
        FieldErrors errors = new FieldErrors().field(title, "titleCode").field(awarding, "awardingUnitId")
                .field(dossier, "dossier");
        FormLayout form = new FormLayout(title, awarding, achievements, dossier);
        form.setColspan(dossier, 2);
        dialog.add(form);
        Forms.save(this, "em-proposal-save", getTranslation("emulation.ui.propose"), dialog, errors, () -> {
            OrgUnitInfo chosen = awarding.getValue();
            Set<Achievement> shown = achievements.getValue();
            return cycle.propose(new ProposalDraft(r.id(), title.getValue() == null ? null : title.getValue().code(),
                    chosen == null ? -1 : chosen.id(), shown, dossier.getValue()), user);
        }, this::refresh);
        dialog.open();
    }

    private void vote(Proposal p, boolean approve) {
        try {
            cycle.vote(p.id(), p.version(), approve, null, user);
            Refusals.success(getTranslation("emulation.ui.saved"));
        } catch (RuntimeException refused) {
            if (!Refusals.isUserCaused(refused)) {
                throw refused;
            }
            Refusals.show(refused, this::getTranslation);
        }
        refresh();
    }

    private void decide(Proposal p) {
        Dialog dialog = Forms.dialog(this, "em-decision-dialog", getTranslation("emulation.ui.decide") + ": "
                + titleLabel(p.titleCode()) + " — " + p.candidateName());
        UnitPicker unit = unitPicker("em-decision-unit", "emulation.ui.decision.unit", EmulationPermissions.DECIDE);
        units.find(p.awardingUnitId()).ifPresent(unit::setValue);
        unit.setReadOnly(true);
        DecisionFields decision = new DecisionFields(this, "em-decision", unit);
        dialog.add(decision.form());
        Forms.save(this, "em-decision-save", getTranslation("emulation.ui.decide"), dialog, decision.errors(),
                () -> cycle.decide(p.id(), p.version(), decision.value(), user), this::refresh);
        dialog.open();
    }

    private void announce(Proposal p) {
        Dialog dialog = Forms.dialog(this, "em-announce-dialog", getTranslation("emulation.ui.announce") + ": "
                + titleLabel(p.titleCode()) + " — " + p.candidateName());
        DatePicker day = new DatePicker(getTranslation("emulation.ui.announce.day"));
        day.setId("em-announce-day");
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("emulation.ui.today"),
                getTranslation("emulation.ui.cancel")));
        day.setValue(LocalizedDates.today());
        TextArea how = new TextArea(getTranslation("emulation.ui.announce.how"));
        how.setId("em-announce-how");
        how.setWidthFull();
        how.setHelperText(getTranslation("emulation.ui.announce.helper"));
        dialog.add(new FormLayout(day, how));
        Forms.save(this, "em-announce-save", getTranslation("emulation.ui.announce"), dialog,
                new FieldErrors().field(day, "announcedOn").field(how, "announcement"),
                () -> cycle.announce(p.id(), p.version(), day.getValue(), how.getValue(), user), this::refresh);
        dialog.open();
    }

    private void refuse(Proposal p) {
        Dialog dialog = Forms.dialog(this, "em-refusal-dialog", getTranslation("emulation.ui.refuse") + ": "
                + titleLabel(p.titleCode()) + " — " + p.candidateName());
        TextArea reason = new TextArea(getTranslation("emulation.ui.refusal.reason"));
        reason.setId("em-refusal-reason");
        reason.setWidthFull();
        dialog.add(reason);
        Forms.save(this, "em-refusal-save", getTranslation("emulation.ui.refuse"), dialog,
                new FieldErrors().field(reason, "reason"), () -> cycle.refuse(p.id(), p.version(), reason.getValue(),
                        user), this::refresh);
        dialog.open();
    }
}
