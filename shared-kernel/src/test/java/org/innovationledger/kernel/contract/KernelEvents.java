package org.innovationledger.kernel.contract;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The kernel's published events: its compiled classes that carry a {@code @Revision}, by name. */
final class KernelEvents {

    private KernelEvents() {
    }

    static List<Class<?>> all() {
        Path classes;
        try {
            classes = Path.of(TenantId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, TenantId.class.getClassLoader());
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    continue;
                }
                if (type.isAnnotationPresent(Revision.class)) {
                    events.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.sort(Comparator.comparing(Class::getName));
        return events;
    }
}
