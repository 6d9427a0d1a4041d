package org.danvan.reports.internal.view;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.reports.api.PeriodKind;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportFormat;
import org.danvan.reports.api.ReportPeriod;
import org.danvan.reports.api.ReportRow;
import org.danvan.reports.api.ReportService;
import org.danvan.reports.internal.ReportColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Báo cáo định kỳ": choose a unit and a period, see the figures per direct child unit, export them to Excel or PDF.
 * The figures are collected and the file written on a worker thread, so the screen stays usable; the shell's push
 * delivers the progress and, when ready, a download link.
 */
public class ReportView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ReportView.class);
    /** Share of the progress bar for collecting the figures when a file is written afterwards. */
    private static final double COLLECTING_SHARE = 0.8;

    private final ReportService reports;
    private final ReportUnits units;
    private final ExecutorService workers;

    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final Select<PeriodKind> period = new Select<>();
    private final IntegerField year = new IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button show = new Button();
    private final Button exportXlsx = new Button();
    private final Button exportPdf = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Anchor download = new Anchor();
    private final Grid<ReportRow> preview = new Grid<>();
    private Future<?> running;

    private final int closingDay;

    ReportView(ReportService reports, ReportUnits units, ExecutorService workers) {
        this(reports, units, workers, ReportPeriod.DEFAULT_CLOSING_DAY);
    }

    ReportView(ReportService reports, ReportUnits units, ExecutorService workers, int closingDay) {
        this.closingDay = closingDay;
        this.reports = reports;
        this.units = units;
        this.workers = workers;
        setSizeFull();
        unit.setId("report-unit");
        period.setId("report-period");
        year.setId("report-year");
        from.setId("report-from");
        to.setId("report-to");
        show.setId("report-show");
        exportXlsx.setId("report-export-xlsx");
        exportPdf.setId("report-export-pdf");
        progress.setId("report-progress");
        download.setId("report-download");
        preview.setId("report-preview");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (getComponentCount() > 0) {
            return;
        }
        UserPrincipal user = SignedInUser.get().orElse(null);
        if (user == null) {
            return; // the shell's access guard lets nobody here without signing in
        }
        add(new H2(getTranslation("reports.view.title")));

        List<OrgUnitInfo> reportable = units.reportable(user);
        Map<Long, Integer> depth = new HashMap<>();
        reportable.forEach(u -> depth.put(u.id(), units.depth(u)));
        unit.setLabel(getTranslation("reports.view.unit"));
        unit.setItems(reportable);
        unit.setItemLabelGenerator(u -> "\u2003".repeat(depth.getOrDefault(u.id(), 0)) + u.name());
        unit.setWidth("24em");
        unit.setRequired(true);
        if (!reportable.isEmpty()) {
            unit.setValue(reportable.get(0));
        } else {
            error(getTranslation("reports.view.noUnits"));
        }

        period.setLabel(getTranslation("reports.view.period"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(k -> getTranslation("reports.period." + k.name()));
        year.setLabel(getTranslation("reports.view.year"));
        year.setStepButtonsVisible(true);
        year.setMin(ReportPeriod.MIN_YEAR);
        year.setMax(ReportPeriod.MAX_YEAR);
        from.setLabel(getTranslation("reports.view.from"));
        to.setLabel(getTranslation("reports.view.to"));
        from.setLocale(event.getUI().getLocale());
        to.setLocale(event.getUI().getLocale());
        ReportPeriod current = ReportPeriod.quarterOf(LocalDate.now(), closingDay);
        year.setValue(current.year());
        period.setValue(current.kind());
        period.addValueChangeListener(e -> showPeriodDates());
        year.addValueChangeListener(e -> showPeriodDates());
        showPeriodDates();

        show.setText(getTranslation("reports.view.preview"));
        show.setIcon(VaadinIcon.TABLE.create());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> start(null));
        exportXlsx.setText(getTranslation("reports.view.exportXlsx"));
        exportXlsx.setIcon(VaadinIcon.FILE_TABLE.create());
        exportXlsx.addClickListener(e -> start(ReportFormat.XLSX));
        exportPdf.setText(getTranslation("reports.view.exportPdf"));
        exportPdf.setIcon(VaadinIcon.FILE_TEXT_O.create());
        exportPdf.addClickListener(e -> start(ReportFormat.PDF));

        FlexLayout choices = new FlexLayout(unit, period, year, from, to);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(show, exportXlsx, exportPdf, download);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        progress.setVisible(false);
        download.setVisible(false);

        preview.addColumn(ReportRow::label).setHeader(getTranslation("reports.column.unit")).setFlexGrow(3)
                .setResizable(true);
        for (ReportColumns column : ReportColumns.ALL) {
            preview.addColumn(row -> column.of(row.counts())).setHeader(getTranslation(column.labelKey()))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(1);
        }
        preview.setPartNameGenerator(row -> row.kind() == ReportRow.Kind.TOTAL ? "report-total" : null);
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        preview.setWidthFull();
        add(choices, actions, progress, preview);
        setFlexGrow(1, preview);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (running != null) {
            running.cancel(true);
        }
        super.onDetach(event);
    }

    /** A standard period shows its computed dates; only custom dates are typed in. */
    private void showPeriodDates() {
        boolean custom = period.getValue() == PeriodKind.CUSTOM;
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        year.setEnabled(!custom);
        if (!custom && period.getValue() != null && year.getValue() != null
                && year.getValue() >= ReportPeriod.MIN_YEAR && year.getValue() <= ReportPeriod.MAX_YEAR) {
            ReportPeriod computed = ReportPeriod.of(period.getValue(), year.getValue(), closingDay);
            from.setValue(computed.from());
            to.setValue(computed.to());
        }
    }

    /** The chosen period; a year or date the field could not parse reaches here as null and is refused. */
    private ReportPeriod chosenPeriod() {
        if (period.getValue() == PeriodKind.CUSTOM) {
            return ReportPeriod.custom(from.getValue(), to.getValue());
        }
        return ReportPeriod.of(period.getValue(), year.getValue(), closingDay);
    }

    /** Collects the figures, and writes the file when a format is given, on a worker thread. */
    private void start(ReportFormat format) {
        if (running != null && !running.isDone()) {
            error(getTranslation("reports.view.busy"));
            return;
        }
        UserPrincipal user = SignedInUser.get().orElse(null);
        if (user == null) {
            return;
        }
        clearErrors();
        ReportPeriod chosen;
        long unitId;
        try {
            chosen = chosenPeriod();
            if (unit.getValue() == null) {
                throw ValidationException.of("unit", "reports.error.unit.missing");
            }
            unitId = unit.getValue().id();
        } catch (ValidationException refused) {
            showRefusal(refused);
            return;
        }
        UI ui = UI.getCurrent();
        download.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        setWorking(true);
        double share = format == null ? 1 : COLLECTING_SHARE;
        running = workers.submit(() -> prepare(ui, user, unitId, chosen, format, share));
    }

    private void prepare(UI ui, UserPrincipal user, long unitId, ReportPeriod chosen, ReportFormat format,
            double share) {
        try {
            PeriodReport report = reports.report(user, unitId, chosen,
                    done -> access(ui, () -> progress.setValue(done * share)));
            List<ReportRow> rows = new ArrayList<>(report.lines());
            rows.add(report.total());
            access(ui, () -> preview.setItems(rows));
            if (format != null) {
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                reports.export(report, format, file);
                String name = reports.fileName(report, format);
                byte[] content = file.toByteArray();
                access(ui, () -> offer(name, format, content));
            }
            access(ui, () -> {
                setWorking(false);
                if (format == null) {
                    progress.setVisible(false);
                }
            });
        } catch (ValidationException | AccessDeniedException refused) {
            access(ui, () -> {
                setWorking(false);
                progress.setVisible(false);
                if (refused instanceof ValidationException invalid) {
                    showRefusal(invalid);
                } else {
                    error(getTranslation("reports.view.denied"));
                }
            });
        } catch (IOException | RuntimeException failure) {
            LOG.error("Report for unit {} and {} failed", unitId, chosen, failure);
            access(ui, () -> {
                setWorking(false);
                progress.setVisible(false);
                error(getTranslation("reports.view.failed"));
            });
        }
    }

    private void offer(String name, ReportFormat format, byte[] content) {
        download.setHref(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(content), name, format.mediaType(), content.length)), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("reports.view.download", name));
        download.setVisible(true);
        progress.setValue(1);
        Notification.show(getTranslation("reports.view.ready"), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void setWorking(boolean working) {
        show.setEnabled(!working);
        exportXlsx.setEnabled(!working);
        exportPdf.setEnabled(!working);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(unit, year, from, to)) {
            field.setInvalid(false);
        }
    }

    private void showRefusal(ValidationException refused) {
        for (Violation violation : refused.violations()) {
            HasValidation field = switch (violation.field() == null ? "" : violation.field()) {
                case "unit" -> unit;
                case "year" -> year;
                case "from" -> from;
                case "to" -> to;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(text(violation));
                field.setInvalid(true);
            }
        }
        error(refused.violations().stream().map(this::text).collect(Collectors.joining(" ")));
    }

    private String text(Violation violation) {
        return getTranslation(violation.messageKey(), violation.args().toArray());
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs on the UI thread if the browser tab is still open; a closed tab needs no news. */
    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closed) {
            // the user left; the result has nobody to go to
        }
    }
}
