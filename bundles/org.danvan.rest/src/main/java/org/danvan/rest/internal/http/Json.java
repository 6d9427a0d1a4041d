package org.danvan.rest.internal.http;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer and reader (RFC 8259) for the API, so the headless bundle needs no JSON library. The writer
 * takes maps, collections, strings, numbers, booleans, {@code null}, enums (their names), records (their components,
 * in order) and dates and times (ISO-8601 text); it escapes every control character and {@code <}, {@code >} and
 * {@code &}, so a JSON answer is never read as HTML. The reader refuses anything malformed, nesting deeper than 32
 * levels and duplicate names, and gives objects as ordered maps, integers as {@code Long}, other numbers as
 * {@code BigDecimal}.
 */
public final class Json {

    static final int MAX_DEPTH = 32;

    private Json() {
    }

    /** Thrown for malformed JSON text. */
    public static final class MalformedJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedJsonException(String message, int position) {
            super(message + " at " + position);
        }
    }

    /** The JSON text of a value. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH * 2) {
            throw new IllegalArgumentException("value nested too deeply");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            out.append("null");
        } else if (value instanceof BigDecimal big) {
            out.append(big.toPlainString());
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Enum<?> e) {
            string(e.name(), out);
        } else if (value instanceof TemporalAccessor || value instanceof Character) {
            string(value.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Record record) {
            Map<String, Object> components = new LinkedHashMap<>();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    components.put(component.getName(), component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + component, e);
                }
            }
            write(components, out, depth + 1);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The value of a JSON text. */
    public static Object read(String text) {
        Reader reader = new Reader(text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw new MalformedJsonException("text after the value", reader.pos);
        }
        return value;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        char peek() {
            if (pos >= text.length()) {
                throw new MalformedJsonException("unexpected end", pos);
            }
            return text.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new MalformedJsonException("expected '" + c + "'", pos);
            }
            pos++;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new MalformedJsonException("nested too deeply", pos);
            }
            char c = peek();
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number();
                    }
                    throw new MalformedJsonException("unexpected character", pos);
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw new MalformedJsonException("expected " + word, pos);
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object(int depth) {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                int at = pos;
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                if (map.containsKey(name)) {
                    throw new MalformedJsonException("duplicate name " + name, at);
                }
                map.put(name, value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array(int depth) {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new MalformedJsonException("control character in string", pos - 1);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw new MalformedJsonException("short \\u escape", pos);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new MalformedJsonException("bad \\u escape", pos);
                        }
                        pos += 4;
                    }
                    default -> throw new MalformedJsonException("bad escape", pos - 1);
                }
            }
        }

        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            digits();
            boolean integer = true;
            if (pos < text.length() && text.charAt(pos) == '.') {
                integer = false;
                pos++;
                digits();
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                integer = false;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                digits();
            }
            String literal = text.substring(start, pos);
            if (literal.length() > 40) {
                throw new MalformedJsonException("number too long", start);
            }
            if (integer && literal.replace("-", "").length() > 1 && literal.replace("-", "").startsWith("0")) {
                throw new MalformedJsonException("leading zero", start);
            }
            BigDecimal value = new BigDecimal(literal);
            if (integer) {
                try {
                    return value.longValueExact();
                } catch (ArithmeticException tooBig) {
                    return value;
                }
            }
            return value;
        }

        private void digits() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            if (pos == start) {
                throw new MalformedJsonException("digit expected", pos);
            }
        }
    }
}
