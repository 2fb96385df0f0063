package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A milestone with a decision point: the parties decide there whether to continue, re-evaluate or end. When a
 * request leaves the id out the ledger numbers the milestones M1, M2, ... in the order given.
 */
public record Milestone(String id, LocalDate date, String description) {

    public static final int MAX = 50;

    public Milestone {
        if (id != null) {
            Texts.identifier(id, "milestone id");
        }
        Texts.present(date, "milestone date is required");
        Dates.plausible(date, "milestone date");
        description = Texts.required(description, "milestone description", 1000);
    }

    /** The list with missing ids numbered; refuses nulls, more than {@value #MAX} and an id used twice. */
    public static List<Milestone> numbered(List<Milestone> milestones) {
        if (milestones == null) {
            return List.of();
        }
        if (milestones.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " milestones");
        }
        List<Milestone> numbered = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = Texts.present(milestones.get(i), "milestone is required");
            Milestone withId = milestone.id() != null ? milestone
                    : new Milestone("M" + (i + 1), milestone.date(), milestone.description());
            if (!ids.add(withId.id())) {
                throw new IllegalArgumentException("milestone id " + withId.id() + " is used twice");
            }
            numbered.add(withId);
        }
        return List.copyOf(numbered);
    }
}
