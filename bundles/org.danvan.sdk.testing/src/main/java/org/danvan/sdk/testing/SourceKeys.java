package org.danvan.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the translation keys Java sources use: the first argument of {@code getTranslation},
 * {@code translator.translate} and {@code translate.text} (the UI kit's {@code Translate}); the message key of {@code Violation.of}, {@code new Violation} and
 * {@code ValidationException.of}; the title and menu of {@code @DanvanView}, the label of {@code @DanvanPermission},
 * the name and description of {@code @DanvanModule}; and every string literal starting with a prefix the caller names.
 * Where a key is written as a constant, its value is read from the constant's declaration in the same file or, for a
 * constant of another class, from the compiled class on the test class path.
 */
final class SourceKeys {

    /** A key and where it is used. */
    record Usage(String key, String where) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern STATIC_IMPORT = Pattern.compile("^\\s*import\\s+static\\s+([\\w.]+)\\.(\\w+)\\s*;",
            Pattern.MULTILINE);
    /** A String constant by convention: an upper-case name (interface fields have no modifiers). */
    private static final Pattern CONSTANT = Pattern
            .compile("\\bString\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*;");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern IDENTIFIER_PATH = Pattern.compile("[A-Za-z_][\\w.]*");

    /** Calls whose argument at the given index (0-based) is a key. */
    private static final List<Call> CALLS = List.of(new Call("\\bgetTranslation\\s*\\(", 0),
            new Call("\\.translate\\s*\\(", 0), new Call("\\btranslate\\.text\\s*\\(", 0),
            new Call("\\bViolation\\.of\\s*\\(", 1),
            new Call("\\bnew\\s+Violation\\s*\\(", 1), new Call("\\bValidationException\\.of\\s*\\(", 1));
    /** Annotations and their attributes that are keys. */
    private static final Map<String, List<String>> ANNOTATIONS = Map.of("DanvanView", List.of("title", "menu", "group"),
            "DanvanPermission", List.of("label"), "DanvanModule", List.of("name", "description"));

    private record Call(Pattern start, int keyArgument) {
        Call(String regex, int keyArgument) {
            this(Pattern.compile(regex), keyArgument);
        }
    }

    private final ClassLoader classes;
    private final List<String> literalPrefixes;
    private final Map<String, List<String>> sourceConstants = new HashMap<>();

    SourceKeys(ClassLoader classes, List<String> literalPrefixes) {
        this.classes = classes;
        this.literalPrefixes = literalPrefixes;
    }

    /** Every key used in the {@code .java} files under the folders. */
    List<Usage> scan(List<Path> folders) {
        Map<Path, String> codeByFile = new java.util.LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new AssertionError("no source folder " + folder.toAbsolutePath());
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    codeByFile.put(file, withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // constants of every scanned class, by "SimpleClassName.FIELD": found without compiling the sources
        codeByFile.forEach((file, code) -> {
            String className = file.getFileName().toString().replace(".java", "");
            Matcher c = CONSTANT.matcher(code);
            while (c.find()) {
                sourceConstants.computeIfAbsent(className + "." + c.group(1), k -> new ArrayList<>())
                        .add(unescape(c.group(2)));
            }
        });
        List<Usage> usages = new ArrayList<>();
        codeByFile.forEach((file, code) -> usages.addAll(scanCode(file, code)));
        return usages;
    }

    private List<Usage> scanCode(Path file, String code) {
        SourceFile context = new SourceFile(code);
        List<Usage> usages = new ArrayList<>();
        for (Call call : CALLS) {
            Matcher m = call.start().matcher(code);
            while (m.find()) {
                List<String> arguments = arguments(code, m.end());
                if (arguments.size() > call.keyArgument()) {
                    for (String key : context.keysIn(arguments.get(call.keyArgument()))) {
                        usages.add(new Usage(key, where(file, code, m.start())));
                    }
                }
            }
        }
        for (Map.Entry<String, List<String>> annotation : ANNOTATIONS.entrySet()) {
            Matcher m = Pattern.compile("@(?:[\\w.]+\\.)?" + annotation.getKey() + "\\s*\\(").matcher(code);
            while (m.find()) {
                for (String argument : arguments(code, m.end())) {
                    Matcher attribute = Pattern.compile("^\\s*(\\w+)\\s*=\\s*(.*)$", Pattern.DOTALL).matcher(argument);
                    if (attribute.matches() && annotation.getValue().contains(attribute.group(1))) {
                        for (String key : context.keysIn(attribute.group(2))) {
                            usages.add(new Usage(key, where(file, code, m.start())));
                        }
                    }
                }
            }
        }
        if (!literalPrefixes.isEmpty()) {
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String literal = unescape(m.group(1));
                if (literalPrefixes.stream().anyMatch(literal::startsWith) && !isConcatenated(code, m.start(), m.end())) {
                    usages.add(new Usage(literal, where(file, code, m.start())));
                }
            }
        }
        return usages;
    }

    /** The top-level, comma-separated arguments of a call whose opening parenthesis ends at {@code from}. */
    static List<String> arguments(String code, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(code, i);
                current.append(code, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    arguments.add(current.toString().trim());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().trim());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    private static int endOfQuoted(String code, int start) {
        char quote = code.charAt(start);
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return code.length() - 1;
    }

    /** The source with comments blanked out (line numbers kept), so that examples in Javadoc are not taken as use. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(source, i);
                out.append(source, i, end + 1);
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether a literal inside an argument expression is a key by itself: not inside a nested call, not the receiver
     * of a method ({@code "true".equals(v)}), not part of a concatenation ({@code "rules." + id}, a key made at run time
     * that cannot be checked here), not empty.
     */
    static boolean isWholeOperand(String expression, int start, int end) {
        if (end - start <= 2) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < start; i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfQuoted(expression, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            return false;
        }
        return !expression.substring(end).stripLeading().startsWith(".") && !isConcatenated(expression, start, end);
    }

    /** A literal that is only part of a key made at run time ({@code "rules." + id}). */
    static boolean isConcatenated(String code, int start, int end) {
        return code.substring(end, Math.min(code.length(), end + 40)).stripLeading().startsWith("+")
                || code.substring(Math.max(0, start - 40), start).stripTrailing().endsWith("+");
    }

    private static String where(Path file, String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return file.getFileName() + ":" + line;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** Imports and constants of one file, to turn key expressions into keys. */
    private final class SourceFile {

        private final String packageName;
        private final Map<String, String> imports = new HashMap<>();
        private final Map<String, String> staticImports = new HashMap<>();
        private final Map<String, List<String>> constants = new HashMap<>();

        SourceFile(String code) {
            Matcher p = PACKAGE.matcher(code);
            packageName = p.find() ? p.group(1) : "";
            Matcher i = IMPORT.matcher(code);
            while (i.find()) {
                String name = i.group(1);
                imports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
            Matcher s = STATIC_IMPORT.matcher(code);
            while (s.find()) {
                staticImports.put(s.group(2), s.group(1));
            }
            Matcher c = CONSTANT.matcher(code);
            while (c.find()) {
                constants.computeIfAbsent(c.group(1), k -> new ArrayList<>()).add(unescape(c.group(2)));
            }
        }

        /**
         * The keys an argument expression can give: its string literals (both branches of a condition), or the value
         * of the constant it names. Other expressions (a variable, a method call) give none: they are not checkable
         * here.
         */
        List<String> keysIn(String expression) {
            List<String> keys = new ArrayList<>();
            boolean literals = false;
            Matcher literal = LITERAL.matcher(expression);
            while (literal.find()) {
                literals = true;
                if (isWholeOperand(expression, literal.start(), literal.end())) {
                    keys.add(unescape(literal.group(1)));
                }
            }
            if (literals) {
                return keys;
            }
            String trimmed = expression.trim();
            if (!IDENTIFIER_PATH.matcher(trimmed).matches()) {
                return keys;
            }
            int dot = trimmed.lastIndexOf('.');
            if (dot < 0) {
                if (constants.containsKey(trimmed)) {
                    return constants.get(trimmed);
                }
                String owner = staticImports.get(trimmed);
                if (owner == null) {
                    // inherited from an interface or superclass among the scanned sources, if the name is unambiguous
                    List<String> values = sourceConstants.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("." + trimmed)).flatMap(e -> e.getValue().stream())
                            .distinct().toList();
                    return values.size() == 1 ? values : keys;
                }
                return fromSources(owner.substring(owner.lastIndexOf('.') + 1), trimmed)
                        .orElseGet(() -> constant(owner, trimmed).map(List::of).orElse(List.of()));
            }
            String owner = trimmed.substring(0, dot);
            String field = trimmed.substring(dot + 1);
            Optional<List<String>> scanned = fromSources(owner.substring(owner.lastIndexOf('.') + 1), field);
            if (scanned.isPresent()) {
                return scanned.get();
            }
            for (String candidate : candidates(owner)) {
                Optional<String> value = constant(candidate, field);
                if (value.isPresent()) {
                    return List.of(value.get());
                }
            }
            return keys;
        }

        private Optional<List<String>> fromSources(String simpleClassName, String field) {
            return Optional.ofNullable(sourceConstants.get(simpleClassName + "." + field));
        }

        private List<String> candidates(String owner) {
            String first = owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
            String rest = owner.contains(".") ? owner.substring(owner.indexOf('.')) : "";
            List<String> names = new ArrayList<>();
            if (imports.containsKey(first)) {
                // Outer.Inner written through an import of Outer
                names.add(imports.get(first) + rest.replace('.', '$'));
            }
            names.add(packageName + "." + owner.replace('.', '$'));
            names.add(owner);
            names.add("java.lang." + owner);
            return names;
        }
    }

    private Optional<String> constant(String className, String field) {
        return classNamed(className).flatMap(type -> {
            try {
                Field f = type.getField(field);
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    return Optional.ofNullable((String) f.get(null));
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // not a readable constant: the key cannot be checked here
            }
            return Optional.empty();
        });
    }

    private Optional<Class<?>> classNamed(String name) {
        try {
            return Optional.of(Class.forName(name, true, classes));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
