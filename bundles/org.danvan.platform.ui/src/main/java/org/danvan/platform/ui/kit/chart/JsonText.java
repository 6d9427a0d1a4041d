package org.danvan.platform.ui.kit.chart;

/**
 * Writes the small JSON documents of {@link DanvanChart}. Hand-written so that the API bundle needs nothing beyond
 * flow-server; it knows strings, numbers and booleans, which is all a chart needs.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder();
    /** Whether the next value or name needs a comma before it. */
    private boolean comma;

    JsonText beginObject() {
        separate();
        out.append('{');
        comma = false;
        return this;
    }

    JsonText endObject() {
        out.append('}');
        comma = true;
        return this;
    }

    JsonText beginArray() {
        separate();
        out.append('[');
        comma = false;
        return this;
    }

    JsonText endArray() {
        out.append(']');
        comma = true;
        return this;
    }

    JsonText name(String name) {
        separate();
        string(name);
        out.append(':');
        comma = false;
        return this;
    }

    JsonText value(String value) {
        separate();
        string(value);
        comma = true;
        return this;
    }

    JsonText value(boolean value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    JsonText value(Double value) {
        separate();
        double d = value;
        // counts are the usual case: write 3, not 3.0
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
        comma = true;
        return this;
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters, and the separators JavaScript once refused in strings
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
