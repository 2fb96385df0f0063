package org.innovationledger.query.infra.asof;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.infra.RoutedMongo;
import org.innovationledger.query.testsupport.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP side over a real gateway, resolution and advice: asOf and asOfPosition reach the controller's query
 * through the gateway and the response states what it reflects; without them the query bus answers; an answer
 * nothing gave as of, malformed or combined parameters, and points ahead of the ledger are 400 problems.
 * Units registered at positions 0, 1 and 2, recorded 1, 2 and 3 March 2021 at noon UTC; the probe counts them.
 */
class AsOfWebTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");

    private MongoServer server;
    private MongoClient client;
    private EmbeddedEventStore eventStore;
    private TemporaryDatabases databases;
    private MockMvc mvc;

    /** A read model of its own: the number of units registered. */
    @ProcessingGroup("probe-units")
    static final class UnitCount {
        private final MongoTemplate mongo;

        UnitCount(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(OrganisationUnitRegistered event, @Timestamp Instant at) {
            mongo.insert(new Document("_id", event.unitId().value()).append("at", at.toString()), "probe_units");
        }

        @QueryHandler
        Long handle(CountUnits query) {
            return mongo.getCollection("probe_units").countDocuments();
        }
    }

    record CountUnits(String tenant) {
    }

    @RestController
    static final class Probe {
        private final QueryGateway queries;

        Probe(QueryGateway queries) {
            this.queries = queries;
        }

        @GetMapping("/probe/units")
        Long units() {
            return queries.query(new CountUnits("region-stockholm"), ResponseTypes.instanceOf(Long.class)).join();
        }

        @GetMapping("/probe/today")
        String today() {
            return "answered without the gateway";
        }

        @PostMapping("/probe/units")
        String register() {
            return "a command, never as of";
        }
    }

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        MongoTemplate live = RoutedMongo.template(client, "live");
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int day = 1; day <= 3; day++) {
            OrganisationUnitId unit = OrganisationUnitId.of("unit-" + day);
            eventStore.publish(new GenericDomainEventMessage<>("OrganisationUnit", unit.value(), 0,
                    new OrganisationUnitRegistered(unit, STOCKHOLM, "Enhet " + day, OrganisationUnitKind.CLINIC, null,
                            null), EventLog.metadata("carl", STOCKHOLM), UUID.randomUUID().toString(),
                    Instant.parse("2021-03-0" + day + "T12:00:00Z")));
        }
        databases = new TemporaryDatabases();
        Clock clock = new AsOfClock(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Stockholm")));
        AsOfAnswers answers = new AsOfAnswers(() -> List.of(new UnitCount(live)),
                () -> HandlerInspection.classpath(getClass()), new LedgerHistory(eventStore), databases, clock, 0);
        QueryGateway bus = mock(QueryGateway.class);
        when(bus.query(anyString(), any(), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(99L));
        mvc = MockMvcBuilders.standaloneSetup(new Probe(new AsOfQueryGateway(bus, () -> answers)))
                .addInterceptors(new AsOfWeb.Resolution(() -> answers))
                .setControllerAdvice(new AsOfResponses())
                .build();
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        databases.close();
        client.close();
        server.shutdownNow();
    }

    @Test
    void withoutAsOfTheQueryBusAnswers() throws Exception {
        mvc.perform(get("/probe/units")).andExpect(status().isOk()).andExpect(content().string("99"))
                .andExpect(header().doesNotExist(AsOfRequest.POSITION_HEADER))
                .andExpect(header().doesNotExist(AsOfRequest.AS_OF_HEADER));
        mvc.perform(get("/probe/today")).andExpect(status().isOk());
    }

    @Test
    void blankParametersAsAFormSendsThemAreAbsent() throws Exception {
        mvc.perform(get("/probe/units").param("asOf", "").param("asOfPosition", " "))
                .andExpect(status().isOk()).andExpect(content().string("99"))
                .andExpect(header().doesNotExist(AsOfRequest.POSITION_HEADER));
        mvc.perform(get("/probe/units").param("asOf", "2021-03-02").param("asOfPosition", ""))
                .andExpect(status().isOk()).andExpect(header().string(AsOfRequest.POSITION_HEADER, "1"));
    }

    @Test
    void byPositionTheAnswerStatesThePositionAndWhenItsEventWasRecorded() throws Exception {
        mvc.perform(get("/probe/units").param("asOfPosition", "1"))
                .andExpect(status().isOk()).andExpect(content().string("2"))
                .andExpect(header().string("Ledger-Position", "1"))
                .andExpect(header().string("Ledger-As-Of", "2021-03-02T12:00:00Z"));
    }

    @Test
    void byTimestampOrDateTheAnswerStatesTheMomentAskedFor() throws Exception {
        mvc.perform(get("/probe/units").param("asOf", "2021-03-02T11:59:59.999Z"))
                .andExpect(content().string("1")).andExpect(header().string("Ledger-Position", "0"))
                .andExpect(header().string("Ledger-As-Of", "2021-03-02T11:59:59.999Z"));
        mvc.perform(get("/probe/units").param("asOf", "2021-03-02T13:00:00+01:00"))
                .andExpect(content().string("2")).andExpect(header().string("Ledger-Position", "1"));
        mvc.perform(get("/probe/units").param("asOf", "2021-03-02"))
                .andExpect(content().string("2")).andExpect(header().string("Ledger-Position", "1"))
                .andExpect(header().string("Ledger-As-Of", "2021-03-02T22:59:59.999999999Z"));
        mvc.perform(get("/probe/units").param("asOf", "2021-02-28"))
                .andExpect(content().string("0")).andExpect(header().string("Ledger-Position", "-1"));
    }

    @Test
    void badPointsAndAnswersNotGivenAsOfAreProblems() throws Exception {
        problem("/probe/units", "asOf", "31/12/2021", AsOfRefused.INVALID);
        problem("/probe/units", "asOfPosition", "one", AsOfRefused.INVALID);
        problem("/probe/units", "asOfPosition", "3", AsOfRefused.AHEAD_OF_LEDGER);
        problem("/probe/units", "asOf", LocalDate.of(2024, 6, 2).toString(), AsOfRefused.AHEAD_OF_LEDGER);
        problem("/probe/today", "asOfPosition", "1", AsOfRefused.NOT_SUPPORTED);
        mvc.perform(get("/probe/units").param("asOf", "2021-03-02").param("asOfPosition", "1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value(AsOfRefused.INVALID));
        mvc.perform(post("/probe/units").param("asOfPosition", "one")).andExpect(status().isOk())
                .andExpect(content().string("a command, never as of"));
    }

    private void problem(String path, String parameter, String value, String rule) throws Exception {
        mvc.perform(get(path).param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
