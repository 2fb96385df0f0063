package org.innovationledger.kernel.common;

/**
 * Why a change was made: a free-text reason, a reference to the deciding document (diary number,
 * minutes, agreement), or both. The ledger refuses changes without either.
 */
public record Justification(String reason, String documentRef) {

    public Justification {
        reason = blankToNull(reason);
        documentRef = blankToNull(documentRef);
        if (reason == null && documentRef == null) {
            throw new IllegalArgumentException("a reason or a document reference is required");
        }
        if (reason != null && reason.length() > 2000) {
            throw new IllegalArgumentException("reason must be at most 2000 characters");
        }
        if (documentRef != null && documentRef.length() > 200) {
            throw new IllegalArgumentException("documentRef must be at most 200 characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
