package org.danvan.identity.ui.internal.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The audit trail, newest first, page by page; filters by action prefix, user and days; an entry's detail; and a
 * check that recomputes the hash chain and names the first entry that does not match.
 */
public class AuditView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AuditTrail trail;
    private final transient OrgUnitDirectory units;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data;
    private final TextField action = new TextField();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span verification = new Span();

    /** @param units names the units of entries; {@code null} shows their ids */
    public AuditView(AuditTrail trail, OrgUnitDirectory units) {
        this.trail = trail;
        this.units = units;
        setId("audit");
        setSizeFull();
        setPadding(true);
        DataProvider<AuditEntry, AuditFilter> source = DataProvider.fromFilteringCallbacks(
                query -> trail.find(query.getFilter().orElse(AuditFilter.any()), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(query.getFilter().orElse(AuditFilter.any()))));
        data = source.withConfigurableFilter();
        data.setFilter(AuditFilter.any());

        add(filters(), verifyBar());
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> LocalizedDates.format(e.at())).setHeader(getTranslation("identity.ui.audit.column.at"))
                .setFlexGrow(0).setWidth("10.5rem");
        grid.addColumn(e -> e.event().action()).setHeader(getTranslation("identity.ui.audit.column.action"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.event().actorLogin()).setHeader(getTranslation("identity.ui.audit.column.actor"))
                .setFlexGrow(1);
        grid.addColumn(AuditView::target).setHeader(getTranslation("identity.ui.audit.column.target")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("identity.ui.audit.empty"));
        grid.setItems(data);
        grid.addItemClickListener(e -> detail(e.getItem()));
        grid.setSizeFull();
        add(grid);
        setFlexGrow(1, grid);
    }

    static String target(AuditEntry entry) {
        String type = entry.event().targetType();
        String id = entry.event().targetId();
        if (type == null && id == null) {
            return "";
        }
        return (type == null ? "" : type) + (id == null ? "" : " #" + id);
    }

    private Component filters() {
        action.setId("audit-filter-action");
        action.setLabel(getTranslation("identity.ui.audit.filter.action"));
        action.setPlaceholder(getTranslation("identity.ui.audit.filter.action.placeholder"));
        actor.setId("audit-filter-user");
        actor.setLabel(getTranslation("identity.ui.audit.filter.user"));
        for (TextField field : List.of(action, actor)) {
            field.setClearButtonVisible(true);
            field.setMaxLength(AuditFilters.TEXT_MAX);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> applyFilter());
        }
        from.setId("audit-filter-from");
        from.setLabel(getTranslation("identity.ui.audit.filter.from"));
        to.setId("audit-filter-to");
        to.setLabel(getTranslation("identity.ui.audit.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("identity.ui.datepicker.today"),
                    getTranslation("identity.ui.cancel"))
                    .setBadInputErrorMessage(getTranslation("identity.ui.datepicker.badInput")));
            picker.addValueChangeListener(e -> applyFilter());
        }
        HorizontalLayout row = new HorizontalLayout(action, actor, from, to);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        for (Component c : List.of(action, actor, from, to)) {
            c.getElement().getStyle().set("flex", "1 1 10rem").set("min-width", "0");
        }
        return row;
    }

    private void applyFilter() {
        if (!AuditFilters.validRange(from.getValue(), to.getValue())) {
            to.setErrorMessage(getTranslation("identity.ui.audit.filter.range"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        data.setFilter(AuditFilters.of(action.getValue(), actor.getValue(), from.getValue(), to.getValue()));
    }

    private Component verifyBar() {
        Button verify = new Button(getTranslation("identity.ui.audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(),
                e -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        verification.setId("audit-verify-result");
        verification.getStyle().set("overflow-wrap", "anywhere");
        HorizontalLayout bar = new HorizontalLayout(verify, verification);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void verify() {
        ChainVerification result;
        try {
            result = trail.verify();
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
            return;
        }
        verification.setText(describe(result));
        verification.getElement().getThemeList().clear();
        verification.getElement().getThemeList().add(result.intact() ? "badge success" : "badge error");
        verification.getElement().setAttribute("data-intact", Boolean.toString(result.intact()));
    }

    private String describe(ChainVerification result) {
        if (result.intact()) {
            return getTranslation("identity.ui.audit.verify.intact", result.entriesChecked());
        }
        return getTranslation("identity.ui.audit.verify.broken",
                result.firstBrokenSequence() == null ? "?" : result.firstBrokenSequence(),
                result.problem() == null ? "" : result.problem(), result.entriesChecked());
    }

    private void detail(AuditEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("audit-entry-dialog");
        dialog.setHeaderTitle(getTranslation("identity.ui.audit.entry.title", entry.sequence()));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        fields.add(readOnly("audit-entry-at", "identity.ui.audit.column.at", LocalizedDates.format(entry.at())),
                readOnly("audit-entry-action", "identity.ui.audit.column.action", entry.event().action()),
                readOnly("audit-entry-actor", "identity.ui.audit.column.actor", entry.event().actorLogin()
                        + (entry.event().actorUserId() == null ? "" : " (#" + entry.event().actorUserId() + ")")),
                readOnly("audit-entry-target", "identity.ui.audit.column.target", target(entry)),
                readOnly("audit-entry-unit", "identity.ui.audit.entry.unit", unitOf(entry)),
                readOnly("audit-entry-address", "identity.ui.audit.entry.address", entry.event().remoteAddress()));
        TextField hash = readOnly("audit-entry-hash", "identity.ui.audit.entry.hash", entry.hash());
        fields.add(hash);
        fields.setColspan(hash, 2);

        Grid<Map.Entry<String, String>> details = new Grid<>();
        details.setId("audit-entry-details");
        details.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        details.addColumn(Map.Entry::getKey).setHeader(getTranslation("identity.ui.audit.entry.key")).setFlexGrow(1);
        details.addColumn(Map.Entry::getValue).setHeader(getTranslation("identity.ui.audit.entry.value"))
                .setFlexGrow(2);
        details.setItems(List.copyOf(new TreeMap<>(entry.event().details()).entrySet()));
        details.setAllRowsVisible(true);
        details.setEmptyStateText(getTranslation("identity.ui.audit.entry.noDetails"));

        dialog.add(fields, new H4(getTranslation("identity.ui.audit.entry.details")), details);
        Button close = new Button(getTranslation("identity.ui.close"), e -> dialog.close());
        close.setId("audit-entry-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private String unitOf(AuditEntry entry) {
        Long unitId = entry.event().unitId();
        if (unitId == null) {
            return "";
        }
        return units == null ? "#" + unitId : UnitLabels.path(units, unitId);
    }

    private TextField readOnly(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
