package org.danvan.conduct.ui.internal;

import java.util.Arrays;
import java.util.List;

/** Case numbers as the user types them: separated by commas, semicolons or spaces. */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static List<String> parse(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
