package org.danvan.platform.export.api;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes an {@link ExportDocument}. Registered as an OSGi service by the platform's export bundle (feature
 * {@code danvan-export}); a module's feature lists that feature among its dependencies.
 */
@ProviderType
public interface DocumentExporter {

    /** The content type of {@link #xlsx}. */
    String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The content type of {@link #pdf}. */
    String PDF_TYPE = "application/pdf";

    /**
     * An .xlsx workbook, one sheet: paragraphs as rows across the table's width, tables with a bold header row and
     * typed cells (numbers, dates, percentages). A text that starts with {@code = + - @} is shown as text, never
     * taken as a formula; a total row adds SUM formulas with their values computed.
     */
    void xlsx(ExportDocument document, OutputStream out) throws IOException;

    /**
     * A PDF on A4 pages (landscape when the document asks), DejaVu Sans embedded so every Vietnamese letter shows,
     * long tables continued on further pages under a repeated header, page numbers at the foot.
     */
    void pdf(ExportDocument document, OutputStream out) throws IOException;
}
