package org.danvan.identity.internal.org;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line breaks and doubled
 * quotes ({@code ""}); records end with LF or CRLF; a leading byte-order mark is ignored. No dependency, and it
 * reports the line where each record starts so errors can point at it.
 */
public final class CsvReader {

    /** A record and the (1-based) line it starts on. */
    public record Row(int line, List<String> fields) {
    }

    /** A record that could not be read, with the translation key of the reason. */
    public record Problem(int line, String messageKey) {
    }

    /** Every record read, and the problems (a malformed record is reported and skipped). */
    public record Result(List<Row> rows, List<Problem> problems) {
    }

    private CsvReader() {
    }

    public static Result parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean malformed = false;
            String problem = null;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"' && field.isEmpty()) {
                    // quoted field
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        problem = "identity.import.quote.unclosed";
                        malformed = true;
                        i = n;
                        endOfRecord = true;
                        break;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        problem = "identity.import.quote.invalid";
                        malformed = true;
                        // skip to the end of the physical line
                        while (i < n && text.charAt(i) != '\n') {
                            i++;
                        }
                    }
                }
                // unquoted part (or what follows a malformed quote)
                while (!malformed && i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                        break;
                    }
                    if (c == '"') {
                        problem = "identity.import.quote.invalid";
                        malformed = true;
                        while (i < n && text.charAt(i) != '\n') {
                            i++;
                        }
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',' && !malformed) {
                    i++;
                    if (i >= n) {
                        fields.add("");
                        endOfRecord = true;
                    }
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                        line++;
                    }
                    endOfRecord = true;
                }
            }
            if (malformed) {
                problems.add(new Problem(start, problem));
            } else {
                rows.add(new Row(start, List.copyOf(fields)));
            }
        }
        return new Result(rows, problems);
    }
}
