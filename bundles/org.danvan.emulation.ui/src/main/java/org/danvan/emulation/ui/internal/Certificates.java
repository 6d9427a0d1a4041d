package org.danvan.emulation.ui.internal;


import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.Recipient;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.ExportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Translate;

import com.vaadin.flow.component.html.Anchor;

/**
 * The printable certificate of a decided award: an A4 PDF through the platform's exporter (DejaVu Sans, so the
 * Vietnamese letters print), with the awarding unit, the title, the recipient and unit, the decision's number, date
 * and signer. Laid out as Vietnamese official papers are (Decree 30/2020/NĐ-CP): the national heading, the authority,
 * the title in capitals, the recipient and unit, the decision, the place and date line and the signature block
 * (position, space for the signature and seal, name). The exporter lays out paragraphs only: no frame, emblem or
 * seal — the official form is printed on the pre-printed paper the units use, this page fills it or stands in for it.
 */
final class Certificates {

    private final DocumentExporter exporter;

    Certificates(DocumentExporter exporter) {
        this.exporter = exporter;
    }

    /** The certificate as the exporter's document. */
    static ExportDocument document(Proposal p, Translate t) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        String title = t.text("emulation.title." + p.titleCode());
        ExportDocument.Builder doc = ExportDocument.titled(t.text("emulation.ui.certificate.title", title));
        // the national heading of Decree 30/2020/NĐ-CP (Appendix I): country in capitals, motto below it
        doc.add(center(t.text("emulation.ui.certificate.country"), 13, true));
        doc.add(center(t.text("emulation.ui.certificate.motto"), 13, true));
        doc.add(center("———————", 10, false));
        doc.add(new ExportBlock.Space(18));
        // the awarding authority: the chair of the awarding level's people's committee
        doc.add(center(t.text("emulation.ui.certificate.authority." + p.level(), p.awardingUnitName()
                .toUpperCase(vi)), 14, true));
        doc.add(center(t.text(p.recipient() == Recipient.COLLECTIVE ? "emulation.ui.certificate.recognisesCollective"
                : "emulation.ui.certificate.recognisesPerson"), 13, false));
        doc.add(new ExportBlock.Space(10));
        doc.add(center(title.toUpperCase(vi), 24, true));
        doc.add(new ExportBlock.Space(10));
        doc.add(center(p.candidateName(), 20, true));
        if (p.recipient() == Recipient.INDIVIDUAL) {
            doc.add(center(t.text("emulation.ui.certificate.unit", p.unitName()), 13, false));
        }
        doc.add(center(t.text("emulation.ui.certificate.year", p.year()), 13, false));
        doc.add(new ExportBlock.Space(14));
        doc.add(center(t.text("emulation.ui.certificate.decision", p.decisionNumber(),
                LocalizedDates.format(p.decidedOn())), 12, false));
        doc.add(new ExportBlock.Space(14));
        // place and date as official documents write them, then the signature block
        doc.add(right(t.text("emulation.ui.certificate.placeDate", place(p.awardingUnitName()),
                String.format("%02d", p.decidedOn().getDayOfMonth()),
                String.format("%02d", p.decidedOn().getMonthValue()), Integer.toString(p.decidedOn().getYear())),
                12, false));
        doc.add(right(t.text("emulation.ui.certificate.position." + p.level()), 13, true));
        doc.add(new ExportBlock.Space(48));
        doc.add(right(signerName(p.signer()), 13, true));
        return doc.landscape().build();
    }

    /** "Xã Tiên Du" → "Tiên Du": the place line names the place, not the kind of unit. */
    static String place(String unitName) {
        String name = unitName.strip();
        for (String kind : new String[] { "Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Tỉnh ", "Thành phố " }) {
            if (name.startsWith(kind) && name.length() > kind.length()) {
                return name.substring(kind.length());
            }
        }
        return name;
    }

    /** The signer as entered is "name, position": the block shows the position above and the name below. */
    static String signerName(String signer) {
        int comma = signer.indexOf(',');
        return comma > 0 ? signer.substring(0, comma).strip() : signer.strip();
    }

    private static ExportBlock right(String text, float size, boolean bold) {
        return new ExportBlock.Paragraph(text, size, bold, ExportBlock.Align.RIGHT);
    }

    private static ExportBlock center(String text, float size, boolean bold) {
        return new ExportBlock.Paragraph(text, size, bold, ExportBlock.Align.CENTER);
    }

    /** A link that downloads the certificate, named after the decision. */
    Anchor anchor(Proposal p, Translate t) {
        String file = "giay-chung-nhan-" + p.decisionNumber().replaceAll("[^A-Za-z0-9-]", "-") + "-" + p.id();
        Anchor anchor = new Anchor();
        anchor.setText(t.text("emulation.ui.certificate"));
        ExportLinks.offer(anchor, exporter, document(p, t), file, ExportLinks.Format.PDF, null);
        return anchor;
    }
}
