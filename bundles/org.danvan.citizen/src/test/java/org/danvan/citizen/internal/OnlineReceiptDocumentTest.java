package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.NextDue;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.junit.jupiter.api.Test;

class OnlineReceiptDocumentTest {

    private final ResourceBundle vi = new CitizenTranslations().resourceBundle(Locale.forLanguageTag("vi"));

    private String t(String key, Object... args) {
        return vi.containsKey(key) ? MessageFormat.format(vi.getString(key), args) : key;
    }

    @Test
    void theReceiptCarriesNumberDayCodeAndTheStatusAddressAsQrCode() {
        OnlineReceipt receipt = new OnlineReceipt("2026/000042", "ABCD-EFGH-JKMNP", CaseKind.COMPLAINT_FIRST,
                LocalDate.of(2026, 12, 14), new NextDue(CaseAction.ACCEPT, "complaint.accept",
                        "Nghị định số 155/2026/NĐ-CP", LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 23), 0),
                1);
        ExportDocument document = OnlineReceiptDocument.of(receipt, "Xã Tiên Du", "https://danvan.example.vn/",
                LocalDate.of(2026, 12, 12), this::t);
        String text = document.blocks().stream().filter(ExportBlock.Paragraph.class::isInstance)
                .map(b -> ((ExportBlock.Paragraph) b).text()).collect(Collectors.joining("\n"));
        assertEquals("GIẤY BIÊN NHẬN ĐƠN GỬI TRỰC TUYẾN", document.title());
        assertTrue(text.contains("Số hồ sơ: 2026/000042"), text);
        assertTrue(text.contains("Ngày tiếp nhận: 14/12/2026"), text);
        assertTrue(text.contains("Mã tra cứu: ABCD-EFGH-JKMNP"), text);
        assertTrue(text.contains("chậm nhất ngày 23/12/2026 (Nghị định số 155/2026/NĐ-CP)"), text);
        assertTrue(text.contains("Hình thức: gửi trực tuyến"), text);
        List<ExportBlock.QrCode> codes = document.blocks().stream().filter(ExportBlock.QrCode.class::isInstance)
                .map(ExportBlock.QrCode.class::cast).toList();
        assertEquals(List.of("https://danvan.example.vn/tra-cuu?ma=ABCD-EFGH-JKMNP"),
                codes.stream().map(ExportBlock.QrCode::text).toList());
    }
}
