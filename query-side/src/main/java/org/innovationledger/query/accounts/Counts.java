package org.innovationledger.query.accounts;

import org.innovationledger.kernel.accounts.InnovationAccounts.Count;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counting by label, in a fixed order (most first, then by label), so the same events always give the same lists. */
final class Counts {

    static final Collator LABEL_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));
    /** What an item without the label counts under. */
    static final String NOT_GIVEN = "-";

    private Counts() {
    }

    static <T> List<Count> by(Collection<T> items, Function<T, ?> label) {
        Map<String, Integer> counted = new TreeMap<>();
        for (T item : items) {
            Object value = label.apply(item);
            counted.merge(value == null ? NOT_GIVEN : value.toString(), 1, Integer::sum);
        }
        return counted.entrySet().stream()
                .map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed()
                        .thenComparing(Count::label, LABEL_ORDER)
                        .thenComparing(Count::label))
                .collect(Collectors.toList());
    }

    /** Compares texts as a Swedish reader sorts them, null last, ties broken by the exact text. */
    static Comparator<String> text() {
        Comparator<String> bySwede = LABEL_ORDER::compare;
        return Comparator.nullsLast(bySwede.thenComparing(Comparator.naturalOrder()));
    }

}
