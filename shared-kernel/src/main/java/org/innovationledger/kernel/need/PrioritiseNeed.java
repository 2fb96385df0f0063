package org.innovationledger.kernel.need;

import java.util.Objects;
import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Records the criteria a need is prioritised by (must / should / bonus). Replaces the whole list: a
 * prioritisation is one assessment, not an edit of single lines.
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record PrioritiseNeed(@TargetAggregateIdentifier NeedId needId,
                             List<NeedCriterion> criteria,
                             Long expectedVersion) {

    public static final int MAX_CRITERIA = 50;

    public PrioritiseNeed {
        Texts.present(needId, "needId is required");
        if (criteria == null) {
            throw new IllegalArgumentException("criteria are required");
        }
        if (criteria.stream().anyMatch(Objects::isNull)) { // List.of(...).contains(null) would throw
            throw new IllegalArgumentException("criteria must not contain empty entries");
        }
        criteria = List.copyOf(criteria);
        if (criteria.size() > MAX_CRITERIA) {
            throw new IllegalArgumentException("at most " + MAX_CRITERIA + " criteria");
        }
        Set<String> texts = new HashSet<>();
        for (NeedCriterion criterion : criteria) {
            if (!texts.add(criterion.text().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("criterion '" + criterion.text() + "' is listed twice");
            }
        }
    }
}
