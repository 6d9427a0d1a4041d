package org.danvan.platform.ui.kit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A report's download link: the document rendered by the platform's {@link DocumentExporter} as an .xlsx workbook or
 * a PDF each time the link is followed, then {@code done} (typically the audit entry of who took which report away).
 * What every module's report screen needs, in one place.
 *
 * @since 1.2.0
 */
public final class ExportLinks {

    /** The file's format. */
    public enum Format {
        XLSX(".xlsx", DocumentExporter.XLSX_TYPE), PDF(".pdf", DocumentExporter.PDF_TYPE);

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** {@code .xlsx} or {@code .pdf}. */
        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private ExportLinks() {
    }

    /**
     * Points the anchor at the document and shows it.
     *
     * @param baseName the file's name without extension (the format's is added)
     * @param done runs after each rendering, in the request of the download; {@code null} for nothing
     */
    public static void offer(Anchor anchor, DocumentExporter exporter, ExportDocument document, String baseName,
            Format format, Runnable done) {
        String fileName = baseName + format.extension();
        anchor.setHref(DownloadHandler.fromInputStream(request -> {
            byte[] content = render(exporter, document, format);
            if (done != null) {
                done.run();
            }
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, format.mediaType(),
                    content.length);
        }));
        anchor.getElement().setAttribute("download", fileName);
        anchor.setVisible(true);
    }

    /** The document's bytes in the format. */
    public static byte[] render(DocumentExporter exporter, ExportDocument document, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.XLSX) {
                exporter.xlsx(document, out);
            } else {
                exporter.pdf(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
