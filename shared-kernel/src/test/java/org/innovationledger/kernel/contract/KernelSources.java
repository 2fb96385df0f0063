package org.innovationledger.kernel.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the kernel's sources say and its classes do not, for {@link EventSchemas}: a record's first Javadoc sentence,
 * and which components its constructor refuses null for. A component counts as refused only when a statement at the
 * top of the constructor body (not inside an if, a loop or a lambda) does it unconditionally: {@code Texts.required},
 * {@code Texts.present}, {@code Texts.identifier}, {@code Objects.requireNonNull}, {@code List.copyOf}, {@code
 * Set.copyOf} or {@code EnumSets.ordered} of it, {@code c = c == null ? List.of() : ...}, or {@code if (c == null ||
 * ...) { throw ...}}. Anything else leaves the component nullable, which is the safe side.
 */
final class KernelSources implements EventSchemas.SourceFacts {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?<!e\\.g)(?<!i\\.e)[.!?])(\\s|$)");
    private static final List<String> REFUSING = List.of(
            "(C = )?Texts\\.(required|present|identifier)\\(C,.*",
            "(C = )?Objects\\.requireNonNull\\(C[,)].*",
            "C = (List|Set)\\.copyOf\\(C\\)",
            "\\w+ = (List|Set)\\.copyOf\\(Texts\\.present\\(C,.*",
            "C = EnumSets\\.ordered\\(C,.*",
            "C = C == null \\? (List|Set|Map)\\.of\\(\\) : .*",
            "if \\(C == null( \\|\\|[^{]*)?\\) \\{ throw .*");

    private final Map<Class<?>, String> texts = new ConcurrentHashMap<>();

    @Override
    public String summary(Class<?> record) {
        String text = source(record);
        int declaration = text.indexOf("public record " + record.getSimpleName() + "(");
        int end = declaration < 0 ? -1 : text.lastIndexOf("*/", declaration);
        int start = end < 0 ? -1 : text.lastIndexOf("/**", end);
        if (start < 0 || !text.substring(end + 2, declaration).strip().matches("(@\\w+(\\([^)]*\\))?\\s*)*")) {
            return null;
        }
        String comment = text.substring(start + 3, end).replaceAll("(?m)^\\s*\\*", " ");
        comment = comment.split("\\s@\\w+", 2)[0]; // block tags (@param ...) are not the summary
        comment = INLINE_TAG.matcher(comment).replaceAll(match -> Matcher.quoteReplacement(match.group(1).strip()));
        comment = comment.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
        Matcher sentence = FIRST_SENTENCE.matcher(comment);
        String summary = sentence.find() ? sentence.group(1) : comment;
        return summary.isBlank() ? null : summary;
    }

    @Override
    public boolean refusesNull(Class<?> record, String component) {
        String quoted = Pattern.quote(component);
        for (String statement : constructorStatements(record)) {
            for (String rule : REFUSING) {
                if (statement.matches(rule.replace("C", quoted))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The top-level statements of the record's canonical constructor, whitespace collapsed; none without one. */
    List<String> constructorStatements(Class<?> record) {
        String text = source(record);
        String name = Pattern.quote(record.getSimpleName());
        Matcher header = Pattern.compile("record " + name + "\\s*\\(").matcher(text);
        if (record.getEnclosingClass() != null || !header.find()) {
            return List.of();
        }
        Matcher constructor = Pattern.compile("public " + name
                + "\\s*(\\((?:[^()]|\\([^()]*\\))*\\))?\\s*\\{").matcher(text);
        int from = header.end();
        while (constructor.find(from)) {
            List<String> statements = statements(text, constructor.end());
            if (!statements.isEmpty() && !statements.get(0).startsWith("this(")) {
                return statements;
            }
            from = constructor.end();
        }
        return List.of();
    }

    /** Splits a block's body (starting after its '{') into its statements at depth zero. */
    private static List<String> statements(String text, int bodyStart) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = bodyStart; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                inString = !inString;
            }
            if (inString) {
                continue;
            }
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '}') {
                if (depth == 0) {
                    return statements;
                }
                depth--;
                if (depth == 0 && !text.substring(i + 1).stripLeading().startsWith("else")) {
                    statements.add(current.toString().replaceAll("\\s+", " ").strip());
                    current.setLength(0);
                }
            } else if (c == ';' && depth == 0) {
                statements.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return statements;
    }

    private String source(Class<?> record) {
        Class<?> top = record;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
        return texts.computeIfAbsent(top, type -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
