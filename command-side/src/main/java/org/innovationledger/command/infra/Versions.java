package org.innovationledger.command.infra;

/** HTTP ETag / If-Match for aggregate versions: the version is the sequence number of the last event. */
public final class Versions {

    private Versions() {
    }

    /** Parses {@code "3"}, {@code W/"3"} or {@code 3}; null when the header is absent. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be a version ETag such as \"3\", got: " + ifMatch);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
