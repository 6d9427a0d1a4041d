package org.danvan.cases.ui.internal.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.NextDue;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;

/**
 * The receipt a reception officer prints for the citizen: the receiving unit, the case number, the day received, the
 * kind, what happens next and by when (the running clock and its legal source), and the tracking code as text and
 * as a QR code of the public status page's address with the code in it. It names no petitioner and quotes no
 * content: a receipt lost in the street says nothing about who wrote what.
 */
final class ReceiptDocument {

    /** Translates a key with its arguments in the reader's language. */
    @FunctionalInterface
    interface Texts {
        String t(String key, Object... args);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The public status page's route (bundle org.danvan.citizen) and the parameter it reads the code from. */
    static final String STATUS_PATH = "tra-cuu?ma=";

    private ReceiptDocument() {
    }

    /**
     * @param statusBase the server's address as citizens reach it, ending in {@code /}
     */
    static ExportDocument of(CaseDetail detail, String trackingCode, String unitName, String statusBase,
            LocalDate today, Texts texts) {
        String kind = texts.t(detail.summary().kind().labelKey());
        ExportDocument.Builder receipt = ExportDocument.titled(texts.t("cases.ui.receipt.title"))
                .add(new ExportBlock.Paragraph(unitName, 11, true, ExportBlock.Align.CENTER))
                .add(new ExportBlock.Space(6)).heading().add(new ExportBlock.Space(6))
                .paragraph(texts.t("cases.ui.receipt.number", detail.summary().number()))
                .paragraph(texts.t("cases.ui.receipt.received", DAY.format(detail.summary().receivedOn())))
                .paragraph(texts.t("cases.ui.receipt.kind", kind));
        NextDue next = detail.nextDue();
        receipt.paragraph(next == null ? texts.t("cases.ui.receipt.next.none")
                : texts.t("cases.ui.receipt.next", texts.t("rules." + next.ruleId()), DAY.format(next.dueDate()),
                        next.citation()));
        String address = statusBase + STATUS_PATH + trackingCode;
        receipt.add(new ExportBlock.Space(8))
                .add(new ExportBlock.Paragraph(texts.t("cases.ui.receipt.code", trackingCode), 13, true,
                        ExportBlock.Align.CENTER))
                .paragraph(texts.t("cases.ui.receipt.scan"))
                .add(new ExportBlock.QrCode(address, 110))
                .paragraph(texts.t("cases.ui.receipt.privacy"))
                .add(new ExportBlock.Space(8))
                .add(new ExportBlock.Paragraph(texts.t("cases.ui.receipt.issued", DAY.format(today)), 9, false,
                        ExportBlock.Align.RIGHT));
        return receipt.build();
    }
}
