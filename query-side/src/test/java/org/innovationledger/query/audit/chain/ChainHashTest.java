package org.innovationledger.query.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain's encoding, byte by byte as the README documents it, so that an auditor's own verifier gives the same
 * hashes. The expected hex digests were also computed independently (Python's hashlib over the same bytes) and are
 * the README's test vectors.
 */
class ChainHashTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] PREVIOUS = filled(0x11);

    /** Position 7 of aggregate "ä" (two UTF-8 bytes), no revision, payload "{}", no metadata. */
    private static final StoredEvent EVENT = new StoredEvent(7, "e1", "ä", 2, "T", "p.X", null,
            "2024-01-01T00:00:00Z", "{}".getBytes(StandardCharsets.UTF_8), null);

    @Test
    void anEventIsItsColumnsLengthPrefixedAfterThePreviousHash() throws Exception {
        String bytes = "11".repeat(32)                              // previous hash
                + "45"                                               // 'E': an event
                + "0000000000000007"                                 // position, int64
                + "00000002" + "6531"                                // eventIdentifier "e1"
                + "00000002" + "c3a4"                                // aggregateIdentifier "ä": 2 bytes of UTF-8
                + "0000000000000002"                                 // sequenceNumber, int64
                + "00000001" + "54"                                  // type "T"
                + "00000003" + "702e58"                              // payloadType "p.X"
                + "ffffffff"                                         // payloadRevision NULL
                + "00000014" + HEX.formatHex("2024-01-01T00:00:00Z".getBytes(StandardCharsets.US_ASCII))
                + "00000002" + "7b7d"                                // payload {}
                + "ffffffff";                                        // metaData NULL
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(HEX.parseHex(bytes));

        assertThat(ChainHash.event(PREVIOUS, EVENT)).isEqualTo(expected);
        assertThat(ChainHash.hex(expected))
                .isEqualTo("6b899b2ff3ec407b371c46e7c68025aab2b5695401d99c3a0ddb96ad29ef0d50");
    }

    @Test
    void aGapIsItsPositionAfterThePreviousHash() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(HEX.parseHex("00".repeat(32) + "47" + "0000000000000001"));

        assertThat(ChainHash.gap(ChainHash.GENESIS, 1)).isEqualTo(expected);
        assertThat(ChainHash.hex(expected))
                .isEqualTo("2b8792880f6a74d96545575ceb58e9dd296a4a2f4907587c56932266722f1ab4");
    }

    @Test
    void everyFieldCounts() {
        String original = ChainHash.hex(ChainHash.event(PREVIOUS, EVENT));
        StoredEvent[] changed = {
                new StoredEvent(8, "e1", "ä", 2, "T", "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e2", "ä", 2, "T", "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "a", 2, "T", "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 3, "T", "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, null, "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, "T", "p.Y", null, "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, "T", "p.X", "", "2024-01-01T00:00:00Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, "T", "p.X", null, "2024-01-01T00:00:00.000Z", "{}".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, "T", "p.X", null, "2024-01-01T00:00:00Z", "{ }".getBytes(), null),
                new StoredEvent(7, "e1", "ä", 2, "T", "p.X", null, "2024-01-01T00:00:00Z", "{}".getBytes(),
                        new byte[0]),
        };
        for (StoredEvent event : changed) {
            assertThat(ChainHash.hex(ChainHash.event(PREVIOUS, event))).as(event.toString()).isNotEqualTo(original);
        }
        assertThat(ChainHash.event(filled(0x12), EVENT)).as("the previous hash counts")
                .isNotEqualTo(ChainHash.event(PREVIOUS, EVENT));
    }

    @Test
    void lengthPrefixesKeepFieldBoundaries() {
        // "ab" + "c" and "a" + "bc" would be the same bytes without the lengths
        StoredEvent one = new StoredEvent(1, "ab", "c", 0, "T", "p", "1", "t", new byte[]{1}, new byte[]{2});
        StoredEvent other = new StoredEvent(1, "a", "bc", 0, "T", "p", "1", "t", new byte[]{1}, new byte[]{2});
        assertThat(ChainHash.event(ChainHash.GENESIS, one)).isNotEqualTo(ChainHash.event(ChainHash.GENESIS, other));
        assertThat(ChainHash.gap(ChainHash.GENESIS, 1)).as("a gap is not an event at the same position")
                .isNotEqualTo(ChainHash.event(ChainHash.GENESIS, one));
    }

    @Test
    void hashesAreSixtyFourHexDigits() {
        byte[] hash = ChainHash.event(PREVIOUS, EVENT);
        assertThat(ChainHash.unhex(ChainHash.hex(hash))).isEqualTo(hash);
        assertThatThrownBy(() -> ChainHash.unhex("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChainHash.event(new byte[31], EVENT)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
