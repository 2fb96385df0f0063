package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Immutable enum sets in declaration order. Set.copyOf iterates in an order that changes from one JVM to the
 * next, which would make events, read-model documents and API answers differ between a run and its replay.
 */
final class EnumSets {

    private EnumSets() {
    }

    /** An unmodifiable copy in declaration order; empty for null; null elements are refused. */
    static <E extends Enum<E>> Set<E> ordered(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> copy.add(Texts.present(value, "a " + type.getSimpleName() + " is null")));
        }
        return Collections.unmodifiableSet(copy);
    }
}
