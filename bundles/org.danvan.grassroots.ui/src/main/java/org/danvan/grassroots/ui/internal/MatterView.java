package org.danvan.grassroots.ui.internal;

import java.util.function.Supplier;

import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterFlag;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.MatterState;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Matters the people decide: announced, counted (votes per option, turnout, the result against the share of ALL
 * households the rule asks), and the record's clock.
 */
public class MatterView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MatterService matters;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Matter> grid = new Grid<>();

    public MatterView(MatterService matters, OrgUnitDirectory units, AccessControl access) {
        this.matters = matters;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-matters");
        setSizeFull();

        Button add = new Button(getTranslation("grassroots.ui.matter.new"), VaadinIcon.PLUS.create(),
                e -> edit(null));
        add.setId("gr-matter-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DECISIONS));

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-matter-list");
        grid.addColumn(m -> LocalizedDates.format(m.meetingOn()))
                .setHeader(getTranslation("grassroots.ui.field.meetingOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Matter::title).setHeader(getTranslation("grassroots.ui.field.matterTitle")).setFlexGrow(2);
        grid.addColumn(Matter::unitName).setHeader(getTranslation("grassroots.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.way().labelKey())).setHeader(getTranslation("grassroots.ui.field.way"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::result).setHeader(getTranslation("grassroots.ui.column.result")).setFlexGrow(2);
        grid.addComponentColumn(this::record).setHeader(getTranslation("grassroots.ui.column.record")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.matter.empty"));
        grid.setItems(query -> matters.list(user, query.getOffset(),
                Math.min(query.getLimit(), MatterService.MAX_PAGE_SIZE)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, matters.count(user)));
        add(add, grid);
        setFlexGrow(1, grid);
    }

    /** The count and its verdict, e.g. "61/120 (50.8 %) — passed: 200.000 đồng/hộ; turnout 87.5 %". */
    Component result(Matter m) {
        Span text = new Span();
        text.setId("gr-matter-result-" + m.id());
        // a badge keeps to one line by default; the verdict is a sentence
        text.getStyle().set("white-space", "normal");
        if (m.state() == MatterState.OPEN) {
            text.setText(getTranslation(m.state().labelKey()));
        } else if (m.passed()) {
            int votes = m.options().get(m.passedOption()).votes();
            text.setText(getTranslation("grassroots.ui.result.passed", m.options().get(m.passedOption()).label(),
                    votes, m.households(), m.approvalPercent().stripTrailingZeros().toPlainString(),
                    m.turnoutPercent().toPlainString()));
            text.getElement().getThemeList().add("badge success");
        } else {
            text.setText(getTranslation("grassroots.ui.result.notPassed", m.households(),
                    m.approvalPercent().stripTrailingZeros().toPlainString(), m.turnoutPercent().toPlainString()));
            text.getElement().getThemeList().add("badge contrast");
        }
        if (m.approvalCitation() != null) {
            text.setTitle(m.approvalCitation());
        }
        return text;
    }

    private Component record(Matter m) {
        Span text = new Span();
        text.setId("gr-matter-record-" + m.id());
        if (m.state().recordSent()) {
            text.setText(getTranslation("grassroots.ui.record.sent", LocalizedDates.format(m.recordSentOn())));
        } else if (m.recordDueBy() != null) {
            text.setText(getTranslation("grassroots.ui.record.due", LocalizedDates.format(m.recordDueBy())));
        }
        if (m.flags().contains(MatterFlag.RECORD_LATE)) {
            text.getElement().getThemeList().add("badge error");
        }
        HorizontalLayout cell = new HorizontalLayout(text);
        cell.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (m.recognisedOn() != null) {
            cell.add(recognition(m));
        }
        for (MatterFlag flag : MatterFlag.values()) {
            if (flag != MatterFlag.RECORD_LATE && m.flags().contains(flag)) {
                Span badge = new Span(getTranslation(flag.labelKey()));
                badge.getElement().getThemeList().add("badge error");
                cell.add(badge);
            }
        }
        return cell;
    }

    /** "Đã được công nhận: 15/QĐ-UBND, 20/01/2027", or "Không được công nhận, 20/01/2027" with the reason. */
    private Span recognition(Matter m) {
        Span badge = new Span();
        badge.setId("gr-matter-recognition-" + m.id());
        badge.getStyle().set("white-space", "normal");
        badge.setText(GrassrootsReport.recognition(m, this::getTranslation));
        badge.getElement().getThemeList().add(m.state() == MatterState.RECOGNISED ? "badge success" : "badge error");
        return badge;
    }

    private Component actions(Matter m) {
        HorizontalLayout row = new HorizontalLayout();
        if (user == null) {
            return row;
        }
        if (m.state() == MatterState.RECORD_SENT
                && access.isPermitted(user, GrassrootsPermissions.RECOGNISE_DECISIONS, m.unitId())) {
            Button recognise = new Button(getTranslation("grassroots.ui.matter.recognise"), e -> recognise(m));
            recognise.setId("gr-matter-recognise-" + m.id());
            recognise.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(recognise);
        }
        if (!access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, m.unitId())) {
            return row;
        }
        if (m.state() == MatterState.OPEN) {
            Button change = new Button(VaadinIcon.EDIT.create(), e -> edit(m));
            change.setId("gr-matter-edit-" + m.id());
            change.setAriaLabel(getTranslation("grassroots.ui.edit"));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button count = new Button(getTranslation("grassroots.ui.matter.count"), e -> count(m));
            count.setId("gr-matter-count-" + m.id());
            count.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(change, count);
        } else if (m.state() == MatterState.DECIDED) {
            Button sent = new Button(getTranslation("grassroots.ui.matter.sent"), e -> sent(m));
            sent.setId("gr-matter-sent-" + m.id());
            sent.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(sent);
        }
        return row;
    }

    private void edit(Matter existing) {
        new MatterDialog(existing, units, access, user, draft -> existing == null ? matters.create(draft, user)
                : matters.update(existing.id(), existing.version(), draft, user), this::changed, this::refused)
                .open();
    }

    private void count(Matter m) {
        new BallotDialog(m, result -> matters.recordResult(m.id(), m.version(), result, user), this::changed,
                this::refused).open();
    }

    private void recognise(Matter m) {
        new RecognitionDialog(m, recognition -> matters.recordRecognition(m.id(), m.version(), recognition, user),
                this::changed, this::refused).open();
    }

    private void sent(Matter m) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-matter-sent-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.matter.sent"));
        DatePicker day = new DatePicker(getTranslation("grassroots.ui.field.sentOn"), LocalizedDates.today());
        day.setId("gr-matter-sent-on");
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                getTranslation("grassroots.ui.cancel")));
        dialog.add(day);
        Button ok = new Button(getTranslation("grassroots.ui.save"), e -> attempt(dialog, day,
                () -> matters.recordSent(m.id(), m.version(), day.getValue(), user)));
        ok.setId("gr-matter-sent-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void attempt(Dialog dialog, DatePicker day, Supplier<Matter> step) {
        try {
            step.get();
        } catch (org.danvan.platform.api.validation.ValidationException e) {
            if (e.violations().stream().anyMatch(v -> "sentOn".equals(v.field()))) {
                day.setErrorMessage(getTranslation(e.violations().get(0).messageKey()));
                day.setInvalid(true);
                return;
            }
            dialog.close();
            refused(e);
            return;
        } catch (RuntimeException e) {
            if (!Refusals.isUserCaused(e)) {
                throw e;
            }
            dialog.close();
            refused(e);
            return;
        }
        dialog.close();
        changed(getTranslation("grassroots.ui.saved"));
    }

    private void changed(String message) {
        grid.getDataProvider().refreshAll();
        Refusals.success(message);
    }

    private void refused(RuntimeException e) {
        grid.getDataProvider().refreshAll();
        Refusals.show(e, this::getTranslation);
    }
}
