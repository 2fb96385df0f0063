package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the HTTP journeys expect of an accepted command, said once. */
public final class Answers {

    private Answers() {
    }

    /** A 201 for something new: its id. */
    public static String created(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** A 200: its body. */
    public static JsonNode ok(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
