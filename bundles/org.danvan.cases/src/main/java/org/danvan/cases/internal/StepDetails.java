package org.danvan.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Encodes a step's details as {@code key=value} lines (backslash escapes), readable in a database dump. */
final class StepDetails {

    private StepDetails() {
    }

    static String encode(Map<String, String> details) {
        StringBuilder text = new StringBuilder();
        details.forEach((key, value) -> {
            if (value != null) {
                text.append(escape(key)).append('=').append(escape(value)).append('\n');
            }
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> details = new LinkedHashMap<>();
        if (text == null) {
            return details;
        }
        for (String line : text.split("\n")) {
            int eq = indexOfUnescaped(line, '=');
            if (eq > 0) {
                details.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
            }
        }
        return details;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'e' ? '=' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfUnescaped(String line, char wanted) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }
}
