package org.danvan.platform.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;
import org.osgi.service.component.annotations.Component;

/** The platform's {@link DocumentExporter}. */
@Component(service = DocumentExporter.class)
public class DocumentExporterService implements DocumentExporter {

    private final XlsxDocumentWriter xlsx = new XlsxDocumentWriter();
    private final PdfDocumentWriter pdf = new PdfDocumentWriter();

    @Override
    public void xlsx(ExportDocument document, OutputStream out) throws IOException {
        xlsx.write(Objects.requireNonNull(document, "document"), out);
    }

    @Override
    public void pdf(ExportDocument document, OutputStream out) throws IOException {
        pdf.write(Objects.requireNonNull(document, "document"), out);
    }
}
