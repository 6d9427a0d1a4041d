package org.danvan.cases.ui.internal.detail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.ui.internal.Refusals;
import org.danvan.cases.ui.internal.UploadLimits;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A case's attachments: a list with downloads and, when the user may attach, an upload with its limits shown. A
 * denunciation's files open only with a reason, which the engine audits as it does an unmasking. Element ids:
 * {@code case-attachments}, {@code case-attachments-grid}, {@code case-attachment-download-<id>},
 * {@code case-attachment-open-<id>} (denunciations), {@code case-attachment-reason} (its dialog),
 * {@code case-attachment-reveal-download}, {@code case-attachments-upload}, {@code case-attachments-limits}.
 */
final class AttachmentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentsPanel.class);

    private final transient CaseService cases;
    private final UserPrincipal user;
    private final transient Runnable reload;

    AttachmentsPanel(CaseService cases, UserPrincipal user, CaseDetail detail, Runnable reload) {
        this.cases = cases;
        this.user = user;
        this.reload = reload;
        setId("case-attachments");
        setPadding(false);
        long caseId = detail.summary().id();
        boolean protectedKind = detail.summary().kind().protectsIdentity();

        Grid<AttachmentInfo> grid = new Grid<>();
        grid.setId("case-attachments-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> protectedKind ? openWithReason(caseId, a) : download(caseId, a, null))
                .setHeader(getTranslation("cases.ui.attachment.file")).setFlexGrow(2);
        grid.addColumn(a -> UploadLimits.size(a.size(), getLocale()))
                .setHeader(getTranslation("cases.ui.attachment.size")).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(a -> LocalizedDates.format(a.addedAt()) + " · " + a.addedBy())
                .setHeader(getTranslation("cases.ui.attachment.added")).setFlexGrow(1);
        grid.setItems(detail.attachments());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cases.ui.attachment.none"));
        add(grid);

        if (detail.allowedActions().contains(CaseAction.ATTACH)) {
            Upload upload = new Upload(UploadLimits.toTempFile((metadata, file) -> attach(caseId, metadata.fileName(), file)));
            upload.setId("case-attachments-upload");
            UploadLimits.apply(upload, 1, this::getTranslation);
            upload.setAutoUpload(true);
            upload.setWidthFull();
            upload.addFileRejectedListener(e -> Refusals.error(e.getErrorMessage()));
            Span limits = new Span(getTranslation("cases.ui.upload.limits",
                    UploadLimits.megabytes(UploadLimits.MAX_BYTES, getLocale())));
            limits.setId("case-attachments-limits");
            limits.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            add(upload, limits);
        }
    }

    /** Runs under the session lock (the upload handler's callback); the temp file is removed whatever happens. */
    private void attach(long caseId, String fileName, File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            AttachmentInfo stored = cases.attach(user, caseId, fileName, in);
            Refusals.success(getTranslation("cases.ui.attachment.stored", stored.fileName()));
            reload.run();
        } catch (ValidationException | AccessDeniedException refused) {
            Refusals.show(refused, this::getTranslation);
        } catch (IOException unreadable) {
            LOG.warn("Uploaded file {} could not be read back", fileName, unreadable);
            Refusals.error(getTranslation("cases.ui.upload.failed"));
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException e) {
                LOG.warn("Temporary upload {} not deleted", file, e);
            }
        }
    }

    private Component download(long caseId, AttachmentInfo a, String reason) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                InputStream content = cases.openAttachment(user, caseId, a.id(), reason);
                return new DownloadResponse(content, a.fileName(), a.mediaType(), a.size());
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (ValidationException | org.danvan.cases.api.CaseConflictException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, a.fileName());
        link.setId((reason == null ? "case-attachment-download-" : "case-attachment-reveal-download-") + a.id());
        return link;
    }

    private Component openWithReason(long caseId, AttachmentInfo a) {
        Button open = new Button(a.fileName(), VaadinIcon.LOCK.create(), e -> new ReasonDialog("case-attachment-reason",
                getTranslation("cases.ui.attachment.reason.title", a.fileName()),
                getTranslation("cases.ui.attachment.reason.explain"), reason -> {
                    Dialog ready = new Dialog();
                    ready.setId("case-attachment-reveal");
                    ready.setHeaderTitle(a.fileName());
                    ready.add(download(caseId, a, reason));
                    Button close = new Button(getTranslation("cases.ui.close"), c -> ready.close());
                    close.setId("case-attachment-reveal-close");
                    ready.getFooter().add(close);
                    ready.open();
                }).open());
        open.setId("case-attachment-open-" + a.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return open;
    }
}
