package org.danvan.emulation.ui.internal;


import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.Recipient;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Translate;

import com.vaadin.flow.component.html.Anchor;

/**
 * The printable certificate of a decided award: an A4 PDF through the platform's exporter (DejaVu Sans, so the
 * Vietnamese letters print), with the awarding unit, the title, the recipient and unit, the decision's number, date
 * and signer. The exporter lays out paragraphs only: no frame, emblem or seal — the official form is printed on
 * the pre-printed paper the units use, this page fills it or stands in for it.
 */
final class Certificates {

    private final DocumentExporter exporter;

    Certificates(DocumentExporter exporter) {
        this.exporter = exporter;
    }

    /** The certificate as the exporter's document. */
    static ExportDocument document(Proposal p, Translate t) {
        String title = t.text("emulation.title." + p.titleCode());
        ExportDocument.Builder doc = ExportDocument.titled(t.text("emulation.ui.certificate.title", title));
        doc.add(center(t.text("emulation.ui.certificate.country"), 12, true));
        doc.add(center(t.text("emulation.ui.certificate.motto"), 11, false));
        doc.add(new ExportBlock.Space(24));
        doc.add(center(p.awardingUnitName().toUpperCase(java.util.Locale.forLanguageTag("vi")), 14, true));
        doc.add(center(t.text(p.recipient() == Recipient.COLLECTIVE ? "emulation.ui.certificate.recognisesCollective"
                : "emulation.ui.certificate.recognisesPerson"), 12, false));
        doc.add(new ExportBlock.Space(12));
        doc.add(center(title.toUpperCase(java.util.Locale.forLanguageTag("vi")), 22, true));
        doc.add(new ExportBlock.Space(12));
        doc.add(center(p.candidateName(), 18, true));
        if (p.recipient() == Recipient.INDIVIDUAL) {
            doc.add(center(p.unitName(), 13, false));
        }
        doc.add(center(t.text("emulation.ui.certificate.year", p.year()), 12, false));
        doc.add(new ExportBlock.Space(24));
        doc.add(center(t.text("emulation.ui.certificate.decision", p.decisionNumber(),
                LocalizedDates.format(p.decidedOn())), 11, false));
        doc.add(new ExportBlock.Space(36));
        doc.add(new ExportBlock.Paragraph(p.signer(), 12, true, ExportBlock.Align.RIGHT));
        return doc.build();
    }

    private static ExportBlock center(String text, float size, boolean bold) {
        return new ExportBlock.Paragraph(text, size, bold, ExportBlock.Align.CENTER);
    }

    /** A link that downloads the certificate, named after the decision. */
    Anchor anchor(Proposal p, Translate t) {
        String file = "giay-chung-nhan-" + p.decisionNumber().replaceAll("[^A-Za-z0-9-]", "-") + "-" + p.id()
                + ".pdf";
        Anchor anchor = new Anchor();
        anchor.setText(t.text("emulation.ui.certificate"));
        Downloads.offer(anchor, exporter, document(p, t), file, false, () -> { });
        return anchor;
    }
}
