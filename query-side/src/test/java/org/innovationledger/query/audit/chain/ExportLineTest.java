package org.innovationledger.query.audit.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export line carries the stored bytes exactly (as text when they are UTF-8, else base64), so its hash can be
 * recomputed from the line; the offline verifier finds the first line that does not hold.
 */
class ExportLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StoredEvent event(long position, String payload) {
        return new StoredEvent(position, "event-" + position, "ini-1", position - 1, "Initiative",
                "org.innovationledger.kernel.initiative.InitiativeRegistered", "2", "2024-03-05T09:15:30.123Z",
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"principal\":\"anna\",\"tenant\":\"region-stockholm\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** Lines for consecutive positions, each linked on the one before, from an arbitrary previous hash. */
    private static List<String> lines(StoredEvent... events) {
        List<String> lines = new ArrayList<>();
        byte[] previous = ChainHash.gap(ChainHash.GENESIS, 1);
        long before = -1;
        for (StoredEvent event : events) {
            if (before >= 0 && event.position() != before + 1) {
                previous = ChainHash.gap(previous, event.position() - 1); // other events in between
            }
            byte[] hash = ChainHash.event(previous, event);
            lines.add(new ExportLine(event, ChainHash.hex(previous), ChainHash.hex(hash)).toJson());
            previous = hash;
            before = event.position();
        }
        return lines;
    }

    @Test
    void aLineHasTheStoredColumnsAsTheyAre() throws IOException {
        StoredEvent event = event(12, "{\"title\":\"Digitala vårdbesök i glesbygd\",\"n\":1}");

        JsonNode line = JSON.readTree(lines(event).get(0));

        assertThat(line.get("position").asLong()).isEqualTo(12);
        assertThat(line.get("eventId").asText()).isEqualTo("event-12");
        assertThat(line.get("aggregate").asText()).isEqualTo("ini-1");
        assertThat(line.get("seq").asLong()).isEqualTo(11);
        assertThat(line.get("type").asText()).isEqualTo("Initiative");
        assertThat(line.get("revision").asText()).isEqualTo("2");
        assertThat(line.get("timestamp").asText()).isEqualTo("2024-03-05T09:15:30.123Z");
        assertThat(line.get("payload").asText()).as("the stored text, not re-serialised JSON")
                .isEqualTo("{\"title\":\"Digitala vårdbesök i glesbygd\",\"n\":1}");
        assertThat(line.get("metadata").asText()).isEqualTo("{\"principal\":\"anna\",\"tenant\":\"region-stockholm\"}");
        assertThat(line.has("payloadEncoding")).isFalse();
        assertThat(line.get("hash").asText()).hasSize(64);
        assertThat(ExportLine.parse(line.toString()).event().payload()).isEqualTo(event.payload());
    }

    @Test
    void bytesThatAreNotUtf8AreBase64() throws IOException {
        byte[] encrypted = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x7B};
        StoredEvent event = new StoredEvent(3, "e", "a", 0, null, "p", null, "t", encrypted, null);
        byte[] hash = ChainHash.event(ChainHash.GENESIS, event);
        String text = new ExportLine(event, ChainHash.hex(ChainHash.GENESIS), ChainHash.hex(hash)).toJson();

        JsonNode line = JSON.readTree(text);
        assertThat(line.get("payload").asText()).isEqualTo("wygA/3s=");
        assertThat(line.get("payloadEncoding").asText()).isEqualTo("base64");
        assertThat(line.get("metadata").isNull()).isTrue();
        assertThat(line.get("type").isNull()).isTrue();
        ExportLine back = ExportLine.parse(text);
        assertThat(back.event().payload()).isEqualTo(encrypted);
        assertThat(back.event().metaData()).isNull();
        assertThat(back.recomputedHash()).isEqualTo(ChainHash.hex(hash));
    }

    @Test
    void anExportOfConsecutiveAndScatteredEventsVerifies() throws IOException {
        List<String> lines = lines(event(3, "{\"a\":1}"), event(4, "{\"a\":2}"), event(9, "{\"a\":3}"));

        ExportVerifier.Result result = verify(lines);

        assertThat(result.ok()).isTrue();
        assertThat(result.lines()).isEqualTo(3);
        assertThat(result.links()).as("3→4 linked; 9 follows others").isEqualTo(1);
        assertThat(result.firstPosition()).isEqualTo(3);
        assertThat(result.lastPosition()).isEqualTo(9);
    }

    @Test
    void oneFlippedCharacterBreaksItsLine() throws IOException {
        List<String> lines = new ArrayList<>(lines(event(3, "{\"a\":1}"), event(4, "{\"amount\":2500}"),
                event(5, "{\"a\":3}")));
        lines.set(1, lines.get(1).replace("2500", "2600"));

        ExportVerifier.Result result = verify(lines);

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenLine()).isEqualTo(2);
        assertThat(result.brokenPosition()).isEqualTo(4);
        assertThat(result.problem()).startsWith("the hash does not match the line's fields");
    }

    @Test
    void aLineRecomputedToMatchStillBreaksTheLinkOfTheNext() throws IOException {
        List<String> lines = new ArrayList<>(lines(event(3, "{\"a\":1}"), event(4, "{\"a\":2}"),
                event(5, "{\"a\":3}")));
        ExportLine forged = ExportLine.parse(lines.get(1));
        StoredEvent changed = event(4, "{\"a\":9}");
        lines.set(1, new ExportLine(changed, forged.previousHash(),
                ChainHash.hex(ChainHash.event(ChainHash.unhex(forged.previousHash()), changed))).toJson());

        ExportVerifier.Result result = verify(lines);

        assertThat(result.brokenPosition()).isEqualTo(5);
        assertThat(result.problem()).isEqualTo("does not build on the hash of position 4");
    }

    @Test
    void removedReorderedOrUnreadableLinesAreFound() throws IOException {
        List<String> lines = lines(event(3, "{\"a\":1}"), event(4, "{\"a\":2}"), event(5, "{\"a\":3}"));

        assertThat(verify(List.of(lines.get(0), lines.get(2))).ok()).as("a removed line can only be told by the"
                + " positions it leaves out").isTrue();
        assertThat(verify(List.of(lines.get(1), lines.get(0))).problem())
                .isEqualTo("position not after the previous line's 4");
        ExportVerifier.Result unreadable = verify(List.of(lines.get(0), "{\"position\":4,"));
        assertThat(unreadable.brokenLine()).isEqualTo(2);
        assertThat(unreadable.problem()).startsWith("unreadable line");
        assertThat(verify(List.of(lines.get(0).replaceAll("\"hash\":\"[0-9a-f]+\"", "\"hash\":null"))).problem())
                .isEqualTo("no previousHash or hash");
    }

    private static ExportVerifier.Result verify(List<String> lines) throws IOException {
        return ExportVerifier.verify(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
    }
}
