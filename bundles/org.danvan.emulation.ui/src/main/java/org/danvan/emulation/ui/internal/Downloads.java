package org.danvan.emulation.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A link that renders a document through the platform's exporter when it is followed. */
final class Downloads {

    private Downloads() {
    }

    /**
     * Points the anchor at the document, rendered as a workbook or a PDF on each download; {@code done} runs after
     * each rendering (the audit of an export).
     */
    static void offer(Anchor anchor, DocumentExporter exporter, ExportDocument document, String fileName,
            boolean spreadsheet, Runnable done) {
        anchor.setHref(DownloadHandler.fromInputStream(request -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (spreadsheet) {
                    exporter.xlsx(document, out);
                } else {
                    exporter.pdf(document, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] content = out.toByteArray();
            done.run();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName,
                    spreadsheet ? DocumentExporter.XLSX_TYPE : DocumentExporter.PDF_TYPE, content.length);
        }));
        anchor.getElement().setAttribute("download", fileName);
        anchor.setVisible(true);
    }
}
