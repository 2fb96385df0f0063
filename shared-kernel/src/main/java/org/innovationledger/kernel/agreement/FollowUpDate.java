package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A follow-up occasion agreed in advance ("på förhand avtalade uppföljningstillfällen", VLL STEG 4), where the
 * values realised are identified. The id names it within the agreement; when a request leaves it out the ledger
 * numbers the follow-ups F1, F2, ... in the order given.
 */
public record FollowUpDate(String id, LocalDate date) {

    public static final int MAX = 100;

    public FollowUpDate {
        if (id != null) {
            Texts.identifier(id, "follow-up id");
        }
        Texts.present(date, "follow-up date is required");
        Dates.plausible(date, "follow-up date");
    }

    /** The list with missing ids numbered; refuses nulls, more than {@value #MAX} and an id used twice. */
    public static List<FollowUpDate> numbered(List<FollowUpDate> followUps) {
        if (followUps == null) {
            return List.of();
        }
        if (followUps.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " follow-up dates");
        }
        List<FollowUpDate> numbered = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpDate followUp = Texts.present(followUps.get(i), "follow-up is required");
            FollowUpDate withId = followUp.id() != null ? followUp : new FollowUpDate("F" + (i + 1), followUp.date());
            if (!ids.add(withId.id())) {
                throw new IllegalArgumentException("follow-up id " + withId.id() + " is used twice");
            }
            numbered.add(withId);
        }
        return List.copyOf(numbered);
    }
}
