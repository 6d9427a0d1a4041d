package org.danvan.audit.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a details map and of an entry's content: deterministic, so that the same entry always hashes
 * the same, on every node and after any number of database round trips.
 * <p>
 * A map is written as {@code {"key":"value",...}} with the keys in {@link String#compareTo} order (UTF-16 code units,
 * independent of locale), a string as {@code "..."} with {@code \\}, {@code "} and the C0 control characters escaped
 * ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u00XX}) and every other character as given (no Unicode
 * normalisation: the caller decides on NFC). The format is a subset of JSON, readable by a person looking at the
 * table, but no JSON library is involved so its canonical form cannot change under us.
 */
final class DetailsCodec {

    private DetailsCodec() {
    }

    /** The canonical text of a details map. */
    static String encode(Map<String, String> details) {
        StringBuilder text = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(details).entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            appendString(text, entry.getKey());
            text.append(':');
            appendString(text, entry.getValue());
        }
        return text.append('}').toString();
    }

    /** Appends a string literal, or {@code null}. */
    static void appendString(StringBuilder text, String value) {
        if (value == null) {
            text.append("null");
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    /**
     * Reads a details map written by {@link #encode}.
     *
     * @throws IllegalArgumentException when the text is not in that form (a row edited by hand)
     */
    static Map<String, String> decode(String text) {
        Parser parser = new Parser(text);
        Map<String, String> details = new TreeMap<>();
        parser.expect('{');
        if (!parser.consume('}')) {
            do {
                String key = parser.string();
                parser.expect(':');
                if (details.put(key, parser.string()) != null) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
            } while (parser.consume(','));
            parser.expect('}');
        }
        parser.end();
        return details;
    }

    private static final class Parser {

        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        void expect(char c) {
            if (!consume(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + position);
            }
        }

        boolean consume(char c) {
            if (position < text.length() && text.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        void end() {
            if (position != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + position);
            }
        }

        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw new IllegalArgumentException("unterminated string");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                if (position >= text.length()) {
                    throw new IllegalArgumentException("unterminated escape");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"', '\\' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw new IllegalArgumentException("short \\u escape");
                        }
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
                }
            }
        }
    }
}
