package org.danvan.emulation.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in đồng, written the Vietnamese way (1.880.000 đ). */
final class Amounts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Amounts() {
    }

    static String format(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(amount) + " đ";
    }
}
