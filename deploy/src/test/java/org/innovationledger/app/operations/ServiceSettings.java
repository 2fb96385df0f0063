package org.innovationledger.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.innovationledger.app.operations.SourceFiles.javaFiles;
import static org.innovationledger.app.operations.SourceFiles.read;

/**
 * What one stand-alone service (command or query) reads: its profiles, its HTTP port, the environment variables its
 * YAML names in placeholders, and the properties it binds (its YAML's keys, its {@code @Value}s and
 * {@code @ConfigurationProperties} prefixes, and Spring Boot's documented properties), so a manifest's environment
 * variable can be checked against them the way Spring's relaxed binding maps one to the other.
 */
final class ServiceSettings {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern VALUE_PLACEHOLDER = Pattern.compile("@Value\\(\"\\$\\{([a-z][a-z0-9.-]*)[:}]");
    private static final Pattern PROPERTIES_PREFIX =
            Pattern.compile("@ConfigurationProperties\\((?:prefix\\s*=\\s*)?\"([a-z][a-z0-9.-]*)\"");
    private static final Pattern PORT = Pattern.compile("(?m)^\\s*port:\\s*\\$\\{PORT:(\\d+)}");

    private static Set<String> bootProperties;

    final String name;
    final int port;
    final Set<String> profiles = new TreeSet<>();
    final Set<String> placeholderVariables = new TreeSet<>();
    final Set<String> properties = new TreeSet<>();
    final Set<String> propertyPrefixes = new TreeSet<>();
    final String yaml;

    private ServiceSettings(String name, List<Path> yamlFiles, List<Path> sourceRoots, Set<String> pending) {
        this.name = name;
        StringBuilder allYaml = new StringBuilder();
        for (Path file : yamlFiles) {
            String text = read(file);
            allYaml.append(text).append('\n');
            Matcher placeholder = ENV_PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                placeholderVariables.add(placeholder.group(1));
            }
            for (Object document : new Yaml().loadAll(text)) {
                if (document instanceof Map<?, ?> map) {
                    flatten("", map, properties);
                    Object profile = at(map, "spring", "config", "activate", "on-profile");
                    if (profile != null) {
                        for (String p : profile.toString().split("[|,&!() ]+")) {
                            if (!p.isBlank()) {
                                profiles.add(p.trim());
                            }
                        }
                    }
                }
            }
        }
        yaml = allYaml.toString();
        Matcher port = PORT.matcher(read(yamlFiles.get(0)));
        if (!port.find()) {
            throw new AssertionError(yamlFiles.get(0) + " sets no server.port: ${PORT:…}");
        }
        this.port = Integer.parseInt(port.group(1));
        for (Path root : sourceRoots) {
            for (Path file : javaFiles(root)) {
                String source = read(file);
                Matcher value = VALUE_PLACEHOLDER.matcher(source);
                while (value.find()) {
                    properties.add(value.group(1));
                }
                Matcher prefix = PROPERTIES_PREFIX.matcher(source);
                while (prefix.find()) {
                    propertyPrefixes.add(prefix.group(1));
                }
            }
        }
        properties.addAll(pending);
        properties.addAll(bootProperties());
    }

    static ServiceSettings command(Path repository) {
        return new ServiceSettings("command service",
                List.of(repository.resolve("command-side/src/main/resources/command-service.yml"),
                        repository.resolve("command-side/src/main/resources/ledger-command.yml"),
                        repository.resolve("security/src/main/resources/ledger-security.yml")),
                List.of(repository.resolve("command-side/src/main/java"),
                        repository.resolve("security/src/main/java"),
                        repository.resolve("shared-kernel/src/main/java")),
                Set.of());
    }

    static ServiceSettings query(Path repository) {
        return new ServiceSettings("query service",
                List.of(repository.resolve("query-side/src/main/resources/query-service.yml"),
                        repository.resolve("query-side/src/main/resources/ledger-query.yml"),
                        repository.resolve("security/src/main/resources/ledger-security.yml")),
                List.of(repository.resolve("query-side/src/main/java"),
                        repository.resolve("security/src/main/java"),
                        repository.resolve("shared-kernel/src/main/java")),
                Set.of());
    }

    /**
     * Whether the service reads this environment variable: named in a placeholder of its YAML, or bound by relaxed
     * binding to a property it has (LEDGER_PROCESSING_SEGMENTS → ledger.processing.segments), or read by the JVM.
     */
    boolean reads(String variable) {
        if (placeholderVariables.contains(variable) || JVM_VARIABLES.contains(variable)) {
            return true;
        }
        for (String property : properties) {
            if (asVariables(property).contains(variable)) {
                return true;
            }
        }
        for (String prefix : propertyPrefixes) {
            for (String form : asVariables(prefix)) {
                if (variable.startsWith(form + "_")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The environment-variable forms Spring binds to a property: dots to underscores and upper case, with dashes
     * dropped (SERVER_FORWARDHEADERSSTRATEGY) or, the legacy form it also accepts, as underscores
     * (SERVER_FORWARD_HEADERS_STRATEGY).
     */
    static Set<String> asVariables(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private static synchronized Set<String> bootProperties() {
        if (bootProperties == null) {
            Set<String> names = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            try {
                Enumeration<URL> files = ServiceSettings.class.getClassLoader()
                        .getResources("META-INF/spring-configuration-metadata.json");
                for (URL file : Collections.list(files)) {
                    try (InputStream in = file.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            names.add(property.path("name").asText());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (names.isEmpty()) {
                throw new AssertionError("no spring-configuration-metadata.json on the test class path");
            }
            bootProperties = names;
        }
        return bootProperties;
    }

    private static void flatten(String prefix, Map<?, ?> map, Set<String> into) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey().toString() : prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flatten(key, nested, into);
            } else {
                into.add(key);
            }
        }
    }

    static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
