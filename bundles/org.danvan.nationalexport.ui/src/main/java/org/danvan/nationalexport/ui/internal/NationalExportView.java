package org.danvan.nationalexport.ui.internal;

import java.time.Instant;
import java.util.List;

import org.danvan.nationalexport.api.ExportStatus;
import org.danvan.nationalexport.api.NationalExportService;
import org.danvan.nationalexport.api.RejectedRecord;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Xuất CSDL quốc gia": whether an endpoint is configured, the records waiting, sent, acknowledged and refused, the
 * last success, the last error and the next attempt, "send now", and the refused records with the receiver's
 * reasons. The configuration itself is made in etc/org.danvan.nationalexport.cfg (its token never shown here).
 */
public class NationalExportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final int REJECTED_SHOWN = 200;

    private final transient NationalExportService export;
    private final transient UserPrincipal user;
    private final Div facts = new Div();
    private final Grid<RejectedRecord> rejected = new Grid<>();

    public NationalExportView(NationalExportService export, OrgUnitDirectory units) {
        this.export = export;
        this.user = SignedInUser.get().orElse(null);
        setId("national-export");
        setSizeFull();
        add(new Paragraph(getTranslation("national-export-ui.view.intro")));
        Button sendNow = new Button(getTranslation("national-export-ui.sendNow"), VaadinIcon.UPLOAD.create(),
                e -> sendNow());
        sendNow.setId("national-export-send-now");
        sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("national-export-ui.reload"), VaadinIcon.REFRESH.create(),
                e -> refresh());
        reload.setId("national-export-reload");
        facts.setId("national-export-status");
        add(facts, new HorizontalLayout(sendNow, reload));
        add(new H3(getTranslation("national-export-ui.rejected.title")));
        rejected.setId("national-export-rejected");
        rejected.addColumn(r -> typeLabel(r.recordType()))
                .setHeader(getTranslation("national-export-ui.column.type")).setAutoWidth(true);
        rejected.addColumn(RejectedRecord::caseNumber).setHeader(getTranslation("national-export-ui.column.case"))
                .setAutoWidth(true);
        rejected.addColumn(r -> UnitLabels.name(units, r.unitId()))
                .setHeader(getTranslation("national-export-ui.column.unit")).setAutoWidth(true);
        rejected.addColumn(RejectedRecord::reason).setHeader(getTranslation("national-export-ui.column.reason"))
                .setFlexGrow(1);
        rejected.addColumn(r -> time(r.at())).setHeader(getTranslation("national-export-ui.column.at"))
                .setAutoWidth(true);
        rejected.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejected.setEmptyStateText(getTranslation("national-export-ui.rejected.none"));
        add(rejected);
        setFlexGrow(1, rejected);
        refresh();
    }

    private void sendNow() {
        try {
            export.sendNow(user);
            Refusals.success(getTranslation("national-export-ui.sendNow.started"));
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, this::getTranslation);
        }
        refresh();
    }

    private void refresh() {
        facts.removeAll();
        try {
            ExportStatus status = export.status(user);
            facts.add(fact("endpoint", "national-export-ui.status.endpoint",
                    status.configured() ? status.endpoint() : getTranslation("national-export-ui.notConfigured")));
            if (status.configurationProblem() != null) {
                facts.add(fact("problem", "national-export-ui.status.problem",
                        getTranslation(status.configurationProblem())));
            }
            facts.add(fact("waiting", "national-export-ui.status.waiting", Long.toString(status.waiting())));
            facts.add(fact("sent", "national-export-ui.status.sent", Long.toString(status.sent())));
            facts.add(fact("acknowledged", "national-export-ui.status.acknowledged",
                    Long.toString(status.acknowledged())));
            facts.add(fact("rejected", "national-export-ui.status.rejected", Long.toString(status.rejected())));
            facts.add(fact("lastSuccess", "national-export-ui.status.lastSuccess", time(status.lastSuccess())));
            facts.add(fact("lastError", "national-export-ui.status.lastError", status.lastError() == null ? "—"
                    : status.lastError() + " (" + time(status.lastErrorAt()) + ")"));
            facts.add(fact("nextAttempt", "national-export-ui.status.nextAttempt", status.nextAttempt() == null
                    ? getTranslation(status.waiting() + status.sent() > 0 ? "national-export-ui.nextAttempt.soon"
                            : "national-export-ui.nextAttempt.nothing")
                    : time(status.nextAttempt())));
            facts.add(fact("failures", "national-export-ui.status.failures", Integer.toString(status.failures())));
            List<RejectedRecord> refused = export.rejected(user, REJECTED_SHOWN);
            rejected.setItems(refused);
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, this::getTranslation);
        }
    }

    private Div fact(String name, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Span shown = new Span(value);
        shown.setId("national-export-" + name);
        return new Div(label, shown);
    }

    private String time(Instant at) {
        return at == null ? "—" : LocalizedDates.format(at);
    }

    /** The record type's label; a module's type without a label here is shown as it is ({@code !key!} = none). */
    private String typeLabel(String type) {
        String key = "national-export-ui.type." + type;
        String label = getTranslation(key);
        return label.startsWith("!") ? type : label;
    }
}
