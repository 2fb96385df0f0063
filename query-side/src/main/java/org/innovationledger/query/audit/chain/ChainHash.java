package org.innovationledger.query.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the event store, in one place for the chain builder, the verification endpoint, the export
 * and the command-line verifier. Every global position gets a link whose hash covers the previous link's hash, so
 * changing, removing or adding a stored event changes every later hash.
 *
 * <p>The encoding (version 1), which an auditor's own verifier reproduces:
 * <pre>
 * hash(n) = SHA-256( previous                       32 bytes: hash(n-1); 32 zero bytes for the first position
 *                  ‖ kind                            1 byte: 0x45 ('E') for an event, 0x47 ('G') for a gap
 *                  ‖ int64(position)                 the global index
 *   and for an event only:
 *                  ‖ text(eventIdentifier) ‖ text(aggregateIdentifier) ‖ int64(sequenceNumber)
 *                  ‖ text(type) ‖ text(payloadType) ‖ text(payloadRevision) ‖ text(timeStamp)
 *                  ‖ bytes(payload) ‖ bytes(metaData) )
 * int64(x)  = 8 bytes, two's complement, big-endian
 * bytes(b)  = int32(length of b) ‖ b, the length as 4 bytes big-endian; NULL is int32(-1) = FF FF FF FF and nothing
 * text(s)   = bytes(UTF-8 encoding of s)
 * </pre>
 * The fields are the table's columns as stored: the timestamp as its stored text, payload and metadata as their
 * stored bytes. A gap is a position with no event after the gap timeout (a rolled-back or abandoned insert); it is
 * chained too, so an event slipped in there later, or one removed, breaks the chain. Hashes are written as 64
 * lower-case hexadecimal digits.
 */
public final class ChainHash {

    /** The "previous hash" of the first position. */
    public static final byte[] GENESIS = new byte[32];

    static final byte EVENT = 'E';
    static final byte GAP = 'G';

    private ChainHash() {
    }

    public static byte[] event(byte[] previous, StoredEvent event) {
        Encoding out = new Encoding(previous, EVENT, event.position());
        out.text(event.eventIdentifier());
        out.text(event.aggregateIdentifier());
        out.int64(event.sequenceNumber());
        out.text(event.type());
        out.text(event.payloadType());
        out.text(event.payloadRevision());
        out.text(event.timeStamp());
        out.bytes(event.payload());
        out.bytes(event.metaData());
        return out.sha256();
    }

    public static byte[] gap(byte[] previous, long position) {
        return new Encoding(previous, GAP, position).sha256();
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** A hash from its 64 hex digits. */
    public static byte[] unhex(String hash) {
        if (hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("a hash is 64 hexadecimal digits, got: " + hash);
        }
        return HexFormat.of().parseHex(hash);
    }

    private static final class Encoding {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        Encoding(byte[] previous, byte kind, long position) {
            if (previous == null || previous.length != 32) {
                throw new IllegalArgumentException("the previous hash is 32 bytes");
            }
            out.writeBytes(previous);
            out.write(kind);
            int64(position);
        }

        void int64(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (value >>> shift));
            }
        }

        void int32(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(value >>> shift);
            }
        }

        void text(String value) {
            bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            if (value == null) {
                int32(-1);
            } else {
                int32(value.length);
                out.writeBytes(value);
            }
        }

        byte[] sha256() {
            try {
                return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
