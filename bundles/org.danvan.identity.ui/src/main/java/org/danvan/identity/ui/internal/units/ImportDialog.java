package org.danvan.identity.ui.internal.units;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Imports units from a CSV file. The service validates the whole file first: either every line is stored, or none
 * and the dialog lists every refused line.
 */
final class ImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final transient OrgUnitAdmin admin;
    private final transient UserPrincipal actor;
    private final transient Consumer<Long> onChanged;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportReportRows.Row> report = new Grid<>();

    ImportDialog(OrgUnitAdmin admin, UserPrincipal actor, Consumer<Long> onChanged) {
        this.admin = admin;
        this.actor = actor;
        this.onChanged = onChanged;
        setId("unit-import-dialog");
        setHeaderTitle(getTranslation("identity.ui.units.import"));
        setWidth("48rem");
        setMaxWidth("100%");

        Paragraph format = new Paragraph(getTranslation("identity.ui.import.format"));
        Pre header = new Pre("code,name,kind,parent_code,valid_from");
        header.getStyle().set("margin", "0").set("overflow-x", "auto");

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        // after each file the list is cleared, so that a corrected file can be sent at once
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            imported(bytes);
            upload.clearFileList();
        })));
        upload.setId("unit-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> Refusals.error(e.getErrorMessage()));

        outcome.setId("unit-import-result");
        outcome.setVisible(false);
        report.setId("unit-import-report");
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addColumn(ImportReportRows.Row::line).setHeader(getTranslation("identity.ui.import.line"))
                .setFlexGrow(0).setWidth("5rem");
        report.addColumn(ImportReportRows.Row::column).setHeader(getTranslation("identity.ui.import.column"))
                .setFlexGrow(0).setWidth("9rem");
        report.addColumn(ImportReportRows.Row::problem).setHeader(getTranslation("identity.ui.import.problem"))
                .setFlexGrow(1);
        report.setHeight("18rem");
        report.setVisible(false);
        add(format, header, upload, outcome, report);

        Button close = new Button(getTranslation("identity.ui.close"), e -> close());
        close.setId("unit-import-close");
        getFooter().add(close);
    }

    private void imported(byte[] bytes) {
        UnitImportReport result;
        try (Reader csv = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            result = admin.importCsv(actor, csv);
        } catch (ValidationException refused) {
            show(getTranslation("identity.ui.import.refused.file"), false);
            Refusals.error(Refusals.describe(refused.violations(), this::getTranslation));
            return;
        } catch (java.io.IOException e) {
            // reading a byte array cannot fail
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
            return;
        }
        if (result.accepted()) {
            show(getTranslation("identity.ui.import.accepted", result.unitsCreated(), result.linesRead()), true);
            report.setVisible(false);
            onChanged.accept(null);
        } else {
            List<ImportReportRows.Row> rows = ImportReportRows.rows(result, this::getTranslation);
            show(getTranslation("identity.ui.import.refused", ImportReportRows.refusedLines(result), result.linesRead()),
                    false);
            report.setItems(rows);
            report.setVisible(true);
        }
    }

    private void show(String text, boolean success) {
        outcome.setText(text);
        outcome.setVisible(true);
        outcome.getStyle().set("color", success ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("identity.ui.upload.drop"))
                .setMany(getTranslation("identity.ui.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("identity.ui.upload.add"))
                .setMany(getTranslation("identity.ui.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("identity.ui.upload.tooMany"))
                .setFileIsTooBig(getTranslation("identity.ui.upload.tooBig"))
                .setIncorrectFileType(getTranslation("identity.ui.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("identity.ui.upload.connecting"))
                        .setStalled(getTranslation("identity.ui.upload.stalled"))
                        .setProcessing(getTranslation("identity.ui.upload.processing"))
                        .setHeld(getTranslation("identity.ui.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("identity.ui.upload.remaining"))
                        .setUnknown(getTranslation("identity.ui.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("identity.ui.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("identity.ui.upload.serverError"))
                        .setForbidden(getTranslation("identity.ui.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
