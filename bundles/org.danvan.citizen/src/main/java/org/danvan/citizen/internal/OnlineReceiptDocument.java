package org.danvan.citizen.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.danvan.cases.api.NextDue;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;

/**
 * The receipt of an online submission, laid out as the counter's receipt (org.danvan.cases.ui): the unit, the case
 * number, the day of receipt, the kind, the next step and by when, the tracking code as text and as a QR code of the
 * status page. It names no one and quotes no content.
 */
final class OnlineReceiptDocument {

    /** Translates a key with its arguments in the reader's language. */
    @FunctionalInterface
    interface Texts {
        String t(String key, Object... args);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OnlineReceiptDocument() {
    }

    /** @param statusBase the server's address as citizens reach it, ending in {@code /} */
    static ExportDocument of(OnlineReceipt receipt, String unitName, String statusBase, LocalDate today,
            Texts texts) {
        ExportDocument.Builder document = ExportDocument.titled(texts.t("citizen.online.receipt.title"))
                .add(new ExportBlock.Paragraph(unitName, 11, true, ExportBlock.Align.CENTER))
                .add(new ExportBlock.Space(6)).heading().add(new ExportBlock.Space(6))
                .paragraph(texts.t("citizen.online.receipt.number", receipt.number()))
                .paragraph(texts.t("citizen.online.receipt.channel"))
                .paragraph(texts.t("citizen.online.receipt.received", DAY.format(receipt.receivedOn())))
                .paragraph(texts.t("citizen.online.receipt.kind", texts.t(receipt.kind().labelKey())));
        NextDue next = receipt.nextDue();
        document.paragraph(next == null ? texts.t("citizen.online.receipt.next.none")
                : texts.t("citizen.online.receipt.next", texts.t("rules." + next.ruleId()),
                        DAY.format(next.dueDate()), next.citation()));
        String address = statusBase + CitizenStatusContribution.ROUTE + "?" + CitizenStatusView.CODE_PARAMETER + "="
                + receipt.trackingCode();
        document.add(new ExportBlock.Space(8))
                .add(new ExportBlock.Paragraph(texts.t("citizen.online.receipt.code", receipt.trackingCode()), 13,
                        true, ExportBlock.Align.CENTER))
                .paragraph(texts.t("citizen.online.receipt.scan"))
                .add(new ExportBlock.QrCode(address, 110))
                .paragraph(texts.t("citizen.online.receipt.privacy"))
                .add(new ExportBlock.Space(8))
                .add(new ExportBlock.Paragraph(texts.t("citizen.online.receipt.issued", DAY.format(today)), 9, false,
                        ExportBlock.Align.RIGHT));
        return document.build();
    }
}
