package org.danvan.cases.ui.internal;

import org.danvan.platform.ui.kit.Translate;

import java.util.Locale;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * What the case screens accept as an attachment, mirroring the engine: PDF, JPEG, PNG, DOCX, XLSX and plain text,
 * at most 20 MB (the engine's default; it checks the content itself, whatever the browser claims).
 */
public final class UploadLimits {

    /** The engine's default size limit. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Files per upload at intake. */
    public static final int MAX_FILES = 10;
    /** Extensions and types the file chooser offers. */
    public static final String[] ACCEPTED = { ".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".txt",
        "application/pdf", "image/jpeg", "image/png", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

    private UploadLimits() {
    }

    /** A size in megabytes with one decimal where it matters, e.g. "20 MB", "1,5 MB" in Vietnamese. */
    public static String megabytes(long bytes, Locale locale) {
        double mb = bytes / (1024.0 * 1024.0);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(mb < 10 ? 1 : 0);
        return format.format(mb) + " MB";
    }

    /** A size for a list of files: bytes, KB or MB. */
    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return megabytes(bytes, locale);
    }

    /**
     * An upload handler that keeps each file in a temporary file, refusing on the server as well anything larger
     * than the limit (the browser's check can be bypassed; the engine checks again when attaching).
     */
    public static UploadHandler toTempFile(FileUploadCallback callback) {
        return new TemporaryFileUploadHandler(callback) {
            private static final long serialVersionUID = 1L;

            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                // one file per request, plus the multipart envelope
                return MAX_BYTES + 64 * 1024;
            }
        };
    }

    /** Applies the limits and translated texts to an upload; the limit is also shown in the helper text. */
    public static void apply(Upload upload, int maxFiles, Translate translate) {
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes(ACCEPTED);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(translate.text("cases.ui.upload.add"))
                .setMany(translate.text("cases.ui.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(translate.text("cases.ui.upload.drop"))
                .setMany(translate.text("cases.ui.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(translate.text("case.error.attachment.too-large",
                MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(translate.text("case.error.attachment.type"))
                .setTooManyFiles(translate.text("cases.ui.upload.tooMany", maxFiles)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(translate.text("cases.ui.upload.connecting"))
                        .setProcessing(translate.text("cases.ui.upload.processing"))
                        .setHeld(translate.text("cases.ui.upload.held")).setStalled(translate.text("cases.ui.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translate.text("cases.ui.upload.remaining")).setUnknown(translate.text("cases.ui.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(translate.text("cases.ui.upload.failed"))
                        .setUnexpectedServerError(translate.text("cases.ui.upload.failed"))
                        .setForbidden(translate.text("cases.ui.upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
    }
}
