package org.innovationledger.app.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.innovationledger.app.operations.SourceFiles.javaFiles;
import static org.innovationledger.app.operations.SourceFiles.read;

/**
 * The request mappings of a module's controllers, read from its source files (the annotations' paths with the
 * string constants they name resolved), so the routing can be checked without starting anything.
 */
final class ControllerMappings {

    /** One handler: an HTTP method and the full path pattern, e.g. POST /api/initiatives/{id}/gate-decisions. */
    record Mapping(String method, String path, String source) {

        /** The path with every {variable} filled in, as a request would carry it. */
        String samplePath() {
            return path.replaceAll("\\{[^}]+}", "x1");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + source + ")";
        }
    }

    private static final Pattern ANNOTATION =
            Pattern.compile("@(Request|Get|Post|Put|Patch|Delete)Mapping\\b");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+\\w+");
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("\\bString\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{[^:}]+:([^}]*)}$");

    private final Map<String, String> constants;

    private ControllerMappings(Map<String, String> constants) {
        this.constants = constants;
    }

    /** The mappings of the controllers under {@code roots}; constants may come from any of {@code constantRoots}. */
    static List<Mapping> scan(List<Path> roots, List<Path> constantRoots) {
        Map<String, String> constants = new HashMap<>();
        for (Path root : constantRoots) {
            for (Path file : javaFiles(root)) {
                String simpleName = file.getFileName().toString().replace(".java", "");
                Matcher m = STRING_CONSTANT.matcher(read(file));
                while (m.find()) {
                    constants.put(simpleName + "." + m.group(1), m.group(2));
                }
            }
        }
        ControllerMappings reader = new ControllerMappings(constants);
        List<Mapping> mappings = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : javaFiles(root)) {
                String source = read(file);
                if (source.contains("@RestController") || source.contains("@Controller")) {
                    mappings.addAll(reader.mappingsOf(file, source));
                }
            }
        }
        return mappings;
    }

    private List<Mapping> mappingsOf(Path file, String source) {
        String simpleName = file.getFileName().toString().replace(".java", "");
        Matcher type = TYPE_DECLARATION.matcher(source);
        int typeStart = type.find() ? type.start() : 0;
        List<String> prefixes = List.of("");
        List<Mapping> mappings = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(source);
        while (m.find()) {
            String arguments = argumentsAfter(source, m.end());
            List<String> paths = paths(arguments, simpleName);
            if (m.start() < typeStart) {
                prefixes = paths;
                continue;
            }
            String method = m.group(1).equals("Request") ? "GET" : m.group(1).toUpperCase();
            for (String prefix : prefixes) {
                for (String path : paths) {
                    String full = prefix + path;
                    mappings.add(new Mapping(method, full.isEmpty() ? "/" : full, simpleName));
                }
            }
        }
        return mappings;
    }

    /** The text between the annotation's parentheses, or "" when it has none. */
    private static String argumentsAfter(String source, int from) {
        int i = from;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        if (i >= source.length() || source.charAt(i) != '(') {
            return "";
        }
        int depth = 0;
        boolean inString = false;
        for (int j = i; j < source.length(); j++) {
            char c = source.charAt(j);
            if (c == '"' && source.charAt(j - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return source.substring(i + 1, j).trim();
            }
        }
        throw new IllegalStateException("unbalanced annotation at " + from);
    }

    private List<String> paths(String arguments, String owner) {
        if (arguments.isEmpty()) {
            return List.of("");
        }
        List<String> parts = topLevel(arguments, ',');
        // an unnamed first argument is the value; only other attributes (produces = …) means no path of its own
        String expression = parts.get(0).contains("=") ? "\"\"" : arguments;
        for (String part : parts) {
            Matcher named = Pattern.compile("^(value|path)\\s*=\\s*(.*)$", Pattern.DOTALL).matcher(part.trim());
            if (named.matches()) {
                expression = named.group(2).trim();
            }
        }
        if (expression.startsWith("{")) {
            List<String> paths = new ArrayList<>();
            for (String element : topLevel(expression.substring(1, expression.length() - 1), ',')) {
                paths.add(evaluate(element.trim(), owner));
            }
            return paths;
        }
        return List.of(evaluate(expression, owner));
    }

    /** A string expression: literals and constants joined by +. */
    private String evaluate(String expression, String owner) {
        StringBuilder value = new StringBuilder();
        for (String term : topLevel(expression, '+')) {
            String t = term.trim();
            if (t.startsWith("\"")) {
                String literal = t.substring(1, t.length() - 1);
                Matcher placeholder = PLACEHOLDER.matcher(literal);
                value.append(placeholder.matches() ? placeholder.group(1) : literal);
            } else {
                String key = t.contains(".") ? t : owner + "." + t;
                String constant = constants.get(key);
                if (constant == null) {
                    throw new IllegalStateException("cannot resolve mapping constant " + t + " in " + owner);
                }
                value.append(constant);
            }
        }
        return value.toString();
    }

    /** Splits on {@code separator} outside strings, braces and parentheses. */
    private static List<String> topLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '(')) {
                depth++;
            } else if (!inString && (c == '}' || c == ')')) {
                depth--;
            } else if (!inString && depth == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
