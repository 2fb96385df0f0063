package org.innovationledger.query.initiative;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions besides its owner that may read one initiative's timeline, kept by the timeline projection itself
 * from the sharing events (so the timeline does not wait for another projection). {@code sequence} is the
 * initiative's sequence number of the last sharing event applied: a sharing event at or below it was applied.
 */
@Document(TimelineSharingDocument.COLLECTION)
record TimelineSharingDocument(@Id String initiativeId, String owner, List<String> sharedWith, long sequence) {

    static final String COLLECTION = "initiative_timeline_sharing";

    TimelineSharingDocument {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    /** Before the first sharing event of the initiative: shared with no one, nothing applied. */
    static TimelineSharingDocument none(String initiativeId, String owner) {
        return new TimelineSharingDocument(initiativeId, owner, List.of(), -1);
    }

    TimelineSharingDocument shared(String other, long at) {
        List<String> next = new ArrayList<>(sharedWith);
        if (!next.contains(other)) {
            next.add(other);
        }
        return new TimelineSharingDocument(initiativeId, owner, next, at);
    }

    TimelineSharingDocument ended(String other, long at) {
        return new TimelineSharingDocument(initiativeId, owner,
                sharedWith.stream().filter(t -> !t.equals(other)).toList(), at);
    }

    /** Whose entries the reader sees: the owner's when the initiative is shared with it, else its own. */
    String entriesTenantFor(String reader) {
        return sharedWith.contains(reader) ? owner : reader;
    }
}
