package org.innovationledger.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Outcome { GO, NO_GO }

    record Body(String title, int year, Outcome outcome, LocalDate on, List<String> tags) {
    }

    /** As Spring Boot configures the application's mapper. */
    private final ObjectMapper lenient = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper strict = StrictJson.strict(lenient);

    @Test
    void aWellFormedBodyReads() throws Exception {
        Body body = strict.readValue("""
                {"title":"Triage","year":2021,"outcome":"GO","on":"2021-03-01","tags":["a"]}""", Body.class);
        assertThat(body).isEqualTo(new Body("Triage", 2021, Outcome.GO, LocalDate.of(2021, 3, 1), List.of("a")));
    }

    @Test
    void everythingTheLenientMapperWouldGuessAtIsRefused() {
        for (String refused : List.of(
                "{\"title\":\"T\",\"year\":1,\"unknown\":1}",
                "{\"title\":\"T\",\"title\":\"U\"}",
                "{\"title\":12}",
                "{\"title\":true}",
                "{\"year\":\"2021\"}",
                "{\"year\":null}",
                "{\"outcome\":1}",
                "{\"title\":\"T\"} trailing",
                "{\"tags\":" + "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1) + "}")) {
            assertThatThrownBy(() -> strict.readValue(refused, Body.class)).as(refused).isNotNull();
        }
    }

    @Test
    void theApplicationsOwnMapperStaysLenientForStoredEvents() throws Exception {
        assertThat(lenient.readValue("{\"title\":\"T\",\"year\":1,\"addedLater\":true}", Body.class).title())
                .isEqualTo("T");
    }
}
