package org.innovationledger.kernel.common;

/** Small checks shared by the contract's records: they refuse malformed values at construction. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns the value, or throws {@link IllegalArgumentException} (invalid input, a 400) when it is missing:
     * a command built from a request without a required field is the client's mistake, not a server error.
     */
    public static <T> T present(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    /** Returns the stripped text, or throws if it is blank or longer than {@code max}. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        return stripped;
    }

    /** Returns the stripped text or null when blank; throws if longer than {@code max}. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, field, max);
    }

    /** Checks an identifier's textual form: 1-64 letters, digits, '-' or '_'. */
    public static String identifier(String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits, '-' or '_', got: " + value);
        }
        return value;
    }
}
