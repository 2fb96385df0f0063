package org.innovationledger.command.infra;

/** HTTP ETag / If-Match for aggregate versions: the version is the sequence number of the last event. */
public final class Versions {

    private Versions() {
    }

    /**
     * Parses {@code "3"} (or a bare {@code 3}); null when the header is absent or {@code *}. Weak tags are
     * refused: If-Match compares strongly (RFC 9110), and the ledger only hands out strong ones.
     */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.matches("\"\\d{1,18}\"|\\d{1,18}")) {
            return Long.parseLong(tag.replace("\"", ""));
        }
        throw new IllegalArgumentException("If-Match must be one strong version ETag such as \"3\", got: " + ifMatch);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
