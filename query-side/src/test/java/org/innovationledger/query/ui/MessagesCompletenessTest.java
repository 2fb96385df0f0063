package org.innovationledger.query.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the web interface exists in all three languages, and every key a template names exists. */
class MessagesCompletenessTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/ui");
    /** The bundles of ledger-query.yml's spring.messages.basename. */
    private static final java.util.List<String> BUNDLES = java.util.List.of("messages", "i18n/initiative",
            "i18n/reports", "i18n/audit");

    @Test
    void everySwedishKeyIsInEnglishAndDanishAndNoneMore() {
        Set<String> swedish = keys(Language.SV);
        assertThat(swedish).isNotEmpty().allMatch(key -> key.startsWith("ui."));
        for (Language language : EnumSet.of(Language.EN, Language.DA)) {
            assertThat(keys(language)).as(language.tag()).containsExactlyInAnyOrderElementsOf(swedish);
            assertThat(messages(language).values()).as(language.tag() + ": no blank text")
                    .allMatch(text -> !text.toString().isBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesIsThere() throws IOException {
        Set<String> swedish = keys(Language.SV);
        Pattern literal = Pattern.compile("#\\{(ui\\.[A-Za-z.]+)[}(]");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES).filter(Files::isRegularFile)) {
            for (Path template : templates.toList()) {
                Matcher keys = literal.matcher(Files.readString(template));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(30);
        assertThat(swedish).containsAll(named);
    }

    @Test
    void everyValueTheTemplatesTranslateHasItsText() {
        Set<String> swedish = keys(Language.SV);
        for (Class<? extends Enum<?>> values : java.util.List.<Class<? extends Enum<?>>>of(
                org.innovationledger.kernel.process.PhaseStage.class,
                org.innovationledger.kernel.initiative.InitiativeStatus.class,
                org.innovationledger.kernel.initiative.PortfolioScope.class,
                org.innovationledger.kernel.process.GateOutcome.class,
                org.innovationledger.kernel.common.LedgerRole.class)) {
            String prefix = switch (values.getSimpleName()) {
                case "PhaseStage" -> "ui.stage.";
                case "InitiativeStatus" -> "ui.status.";
                case "PortfolioScope" -> "ui.scope.";
                case "GateOutcome" -> "ui.outcome.";
                default -> "ui.role.";
            };
            Arrays.stream(values.getEnumConstants()).forEach(value ->
                    assertThat(swedish).as(values.getSimpleName()).contains(prefix + value.name()));
        }
        Arrays.stream(Language.values()).forEach(language ->
                assertThat(swedish).contains("ui.language." + language.tag()));
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(messages(language).stringPropertyNames());
    }

    /** Every bundle {@code spring.messages.basename} names, merged: a key lives in one of them. */
    private static Properties messages(Language language) {
        Properties merged = new Properties();
        for (String bundle : BUNDLES) {
            String name = "/" + bundle + "_" + language.tag() + ".properties";
            try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(key ->
                        assertThat(merged.put(key, properties.getProperty(key))).as(key + " in two bundles").isNull());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return merged;
    }
}
