package org.innovationledger.kernel.contract;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The released event contract: every event record's shape (its components, recursively through the kernel's own
 * records, by name and type) under its {@code @Revision}, kept in {@code contract/events.txt}. A released event may
 * change only through a new revision (with an upcaster): a changed shape under a revision already in the file fails
 * here. A new event or revision is released by adding its line, which {@code -Dcontract.update=true} writes (old
 * revisions stay: stored events keep them). Enums count by name only, so a new outcome or kind is not a new revision.
 */
class EventContractTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/contract/events.txt");

    @Test
    void noReleasedEventChangesWithoutANewRevision() throws Exception {
        Map<String, String> current = currentContract();
        assertThat(current).as("the kernel's events").hasSizeGreaterThan(50);
        Map<String, String> released = new TreeMap<>(released());
        if (Boolean.getBoolean("contract.update")) {
            // releases what is new; a changed released shape still fails below
            current.forEach(released::putIfAbsent);
            Files.writeString(SNAPSHOT, released.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        }
        List<String> changed = new ArrayList<>();
        List<String> unreleased = new ArrayList<>();
        current.forEach((key, shape) -> {
            String before = released.get(key);
            if (before == null) {
                unreleased.add(key);
            } else if (!before.equals(shape)) {
                changed.add(key + "\n  released: " + before + "\n  now:      " + shape);
            }
        });
        assertThat(changed).as("released events whose shape changed without a new @Revision (give the event a new"
                + " revision and an upcaster from the old one)").isEmpty();
        assertThat(unreleased).as("events or revisions not yet in " + SNAPSHOT + " (run the test once with"
                + " -Dcontract.update=true and commit the file)").isEmpty();
    }

    @Test
    void theShapeSeesNamesTypesAndNesting() {
        record Inner(String text, java.math.BigDecimal amount) {
        }
        record Outer(TenantId tenant, List<Inner> items, Map<String, Integer> counts, Thread.State state) {
        }
        assertThat(shape(Outer.class)).isEqualTo("{tenant:{value:String},items:list<{text:String,"
                + "amount:BigDecimal}>,counts:map<String,Integer>,state:enum}");
        record Renamed(TenantId region, List<Inner> items, Map<String, Integer> counts, Thread.State state) {
        }
        assertThat(shape(Renamed.class)).isNotEqualTo(shape(Outer.class));
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> released = new TreeMap<>();
        if (Files.exists(SNAPSHOT)) {
            for (String line : Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    int space = line.indexOf(' ');
                    released.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return released;
    }

    /** "SimpleName@revision" → shape, for every {@code @Revision} class of the kernel. */
    private static Map<String, String> currentContract() {
        Map<String, String> contract = new TreeMap<>();
        for (Class<?> type : KernelEvents.all()) {
            contract.put(type.getSimpleName() + "@" + type.getAnnotation(Revision.class).value(), shape(type));
        }
        return contract;
    }

    static String shape(Type type) {
        return shape(type, new HashSet<>());
    }

    private static String shape(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return (Set.class.isAssignableFrom(raw) ? "set<" : "list<") + shape(arguments[0], seen) + ">";
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "map<" + shape(arguments[0], seen) + "," + shape(arguments[1], seen) + ">";
            }
            return raw.getSimpleName();
        }
        if (!(type instanceof Class<?> plain)) {
            return type.getTypeName();
        }
        if (plain.isEnum()) {
            return "enum";
        }
        if (plain.isRecord()) {
            if (!seen.add(plain)) {
                return plain.getSimpleName();
            }
            StringBuilder shape = new StringBuilder("{");
            RecordComponent[] components = plain.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                shape.append(i > 0 ? "," : "").append(components[i].getName()).append(':')
                        .append(shape(components[i].getGenericType(), seen));
            }
            seen.remove(plain);
            return shape.append('}').toString();
        }
        return plain.getSimpleName();
    }
}
