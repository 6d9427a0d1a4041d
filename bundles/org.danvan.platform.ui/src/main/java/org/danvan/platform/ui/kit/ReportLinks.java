package org.danvan.platform.ui.kit;

import java.util.Map;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * A report screen's two download links, Excel and PDF, with the audit entry every module keeps of who took which
 * report away (reports name people): action {@code <module>.report.exported} on the target type
 * {@code <module>.report}, the file's name as target id, at the report's unit.
 * <p>
 * The links have the ids {@code <idPrefix>-xlsx} and {@code <idPrefix>-pdf}; they stay hidden until
 * {@link #offer offered} a document and are hidden again by {@link #hide()}.
 *
 * @since 1.3.0
 */
public final class ReportLinks {

    private final DocumentExporter exporter;
    private final AuditTrail audit;
    private final String module;
    private final Anchor xlsx = new Anchor();
    private final Anchor pdf = new Anchor();

    /**
     * @param screen the component whose translations the links' texts use
     * @param module the module id that prefixes the audit action
     */
    public ReportLinks(Component screen, String idPrefix, String module, DocumentExporter exporter,
            AuditTrail audit) {
        this.exporter = exporter;
        this.audit = audit;
        this.module = module;
        xlsx.setId(idPrefix + "-xlsx");
        xlsx.setText(screen.getTranslation("platform.ui.report.xlsx"));
        pdf.setId(idPrefix + "-pdf");
        pdf.setText(screen.getTranslation("platform.ui.report.pdf"));
        hide();
    }

    /** The Excel link, to place on the screen. */
    public Anchor xlsx() {
        return xlsx;
    }

    /** The PDF link, to place on the screen. */
    public Anchor pdf() {
        return pdf;
    }

    /** Hides both links (no report to take away). */
    public void hide() {
        xlsx.setVisible(false);
        pdf.setVisible(false);
    }

    /**
     * Points both links at the document and shows them; each download by {@code user} is audited at {@code unitId}.
     *
     * @param baseName the files' name without extension
     */
    public void offer(ExportDocument document, String baseName, UserPrincipal user, Long unitId) {
        offer(xlsx, document, baseName, ExportLinks.Format.XLSX, user, unitId);
        offer(pdf, document, baseName, ExportLinks.Format.PDF, user, unitId);
    }

    private void offer(Anchor anchor, ExportDocument document, String baseName, ExportLinks.Format format,
            UserPrincipal user, Long unitId) {
        String fileName = baseName + format.extension();
        ExportLinks.offer(anchor, exporter, document, baseName, format, () -> {
            if (user != null) {
                audit.record(new AuditEvent(module + ".report.exported", user.login(), user.userId(),
                        module + ".report", fileName, unitId, Map.of("file", fileName), null));
            }
        });
    }
}
