package org.innovationledger.query.infra;

import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The event types the ledger publishes: the shared kernel's records annotated with Axon's {@code @Revision}
 * (package {@value #PACKAGE}), by simple class name, which is how the audit trail (and the event feed) name an
 * event's type. Simple names must therefore be unique across the kernel; a duplicate stops the start-up.
 */
@Component
public final class PublishedEventTypes {

    public static final String PACKAGE = "org.innovationledger.kernel";

    private final SortedMap<String, Class<?>> byName;

    public PublishedEventTypes() {
        this.byName = scan();
    }

    /** The simple names, alphabetically. */
    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    public Optional<Class<?>> type(String simpleName) {
        return Optional.ofNullable(byName.get(simpleName));
    }

    /** The class's {@code @Revision}, or null for a class without one (not a published event). */
    public static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /**
     * Checks that every name is a published event type; an unknown one is an {@link IllegalArgumentException}
     * (a 400) that says where the known ones are and lists them.
     */
    public void requireKnown(String parameter, Collection<String> names) {
        List<String> unknown = names.stream().filter(name -> !byName.containsKey(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(parameter + " names no published event type: "
                    + String.join(", ", unknown) + ". The published types are the simple names of the shared"
                    + " kernel's event records (annotated @Revision in " + PACKAGE + ".*), as each audit entry's"
                    + " 'type' shows them: " + String.join(", ", byName.keySet()));
        }
    }

    private static SortedMap<String, Class<?>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        SortedMap<String, Class<?>> found = new TreeMap<>();
        ClassLoader loader = PublishedEventTypes.class.getClassLoader();
        for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
            Class<?> clash = found.put(type.getSimpleName(), type);
            if (clash != null) {
                throw new IllegalStateException("two published event types share the simple name "
                        + type.getSimpleName() + ": " + clash.getName() + " and " + type.getName());
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no @Revision event records found in " + PACKAGE);
        }
        return found;
    }

    /** For tests and diagnostics: name to class. */
    public Map<String, Class<?>> all() {
        return Map.copyOf(byName);
    }
}
