package org.innovationledger.query.audit.chain;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Verifies an export offline, with nothing but the file: every line's hash is recomputed from its fields and its
 * stated previous hash, positions must rise, and a line at the position right after the line before it must build
 * on that line's hash. Stops at the first broken line.
 */
public final class ExportVerifier {

    /** The outcome: OK, or the first broken line (1-based) and its position when it could be read. */
    public record Result(boolean ok, long lines, long links, Long firstPosition, Long lastPosition,
                         Long brokenLine, Long brokenPosition, String problem) {

        static Result broken(long line, Long position, String problem, long links) {
            return new Result(false, line, links, null, null, line, position, problem);
        }
    }

    private ExportVerifier() {
    }

    public static Result verify(BufferedReader export) throws IOException {
        long lineNumber = 0;
        long links = 0;
        Long firstPosition = null;
        ExportLine last = null;
        String text;
        while ((text = export.readLine()) != null) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            ExportLine line;
            try {
                line = ExportLine.parse(text);
            } catch (IllegalArgumentException e) {
                return Result.broken(lineNumber, null, "unreadable line: " + e.getMessage(), links);
            }
            long position = line.event().position();
            if (line.previousHash() == null || line.hash() == null) {
                return Result.broken(lineNumber, position, "no previousHash or hash", links);
            }
            String recomputed;
            try {
                recomputed = line.recomputedHash();
            } catch (IllegalArgumentException e) {
                return Result.broken(lineNumber, position, e.getMessage(), links);
            }
            if (!recomputed.equals(line.hash())) {
                return Result.broken(lineNumber, position, "the hash does not match the line's fields (recomputed "
                        + recomputed + ")", links);
            }
            if (last != null) {
                long before = last.event().position();
                if (position <= before) {
                    return Result.broken(lineNumber, position, "position not after the previous line's " + before,
                            links);
                }
                if (position == before + 1) {
                    if (!line.previousHash().equals(last.hash())) {
                        return Result.broken(lineNumber, position, "does not build on the hash of position " + before,
                                links);
                    }
                    links++;
                }
            } else {
                firstPosition = position;
            }
            last = line;
        }
        return new Result(true, lineNumber, links, firstPosition, last == null ? null : last.event().position(),
                null, null, null);
    }
}
