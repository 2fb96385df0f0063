package org.innovationledger.query.process;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.FetchProcessModels;
import org.innovationledger.kernel.process.FindProcessModel;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelView;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Paths and parameters become the contract's queries; answers come from the projection (ProcessModelProjectionTest). */
class ProcessModelQueryControllerTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final ProcessModelId OWN = ProcessModelId.of("pm-snabbspar");

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(STOCKHOLM);
        mvc = MockMvcBuilders.standaloneSetup(new ProcessModelQueryController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    private static ProcessModelView ownAt(int version) {
        return new ProcessModelView(new ProcessModelRef(OWN, version), STOCKHOLM, false,
                BuiltInProcessModels.GENERIC_STAGE_GATE_V1, List.of(1, 2, 3), 117);
    }

    @Test
    void listAsksForTheCallersTenant() throws Exception {
        answer(new FetchProcessModels(STOCKHOLM), List.of(new ProcessModelView(BuiltInProcessModels.VLL_PARTNERSHIP,
                null, true, BuiltInProcessModels.VLL_PARTNERSHIP_V1, List.of(1), 0), ownAt(3)));

        mvc.perform(get("/api/process-models"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ref.id").value("vll-partnership"))
                .andExpect(jsonPath("$[0].builtIn").value(true))
                .andExpect(jsonPath("$[0].definition.phases[4].entryRequirements.length()").value(4))
                .andExpect(jsonPath("$[1].ref.version").value(3))
                .andExpect(jsonPath("$[1].tenant").value("region-stockholm"));
    }

    @Test
    void oneVersionIsAnsweredWithTheAggregateVersionAsETag() throws Exception {
        answer(new FindProcessModel(STOCKHOLM, OWN, 2), Optional.of(ownAt(2)));

        mvc.perform(get("/api/process-models/pm-snabbspar").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.ref.version").value(2))
                .andExpect(jsonPath("$.versions.length()").value(3));
    }

    @Test
    void withoutVersionTheNewestIsAskedFor() throws Exception {
        answer(new FindProcessModel(STOCKHOLM, OWN, null), Optional.of(ownAt(3)));

        mvc.perform(get("/api/process-models/pm-snabbspar").header("If-None-Match", "\"2\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void unknownModelOrVersionIsNotFoundForTheTenant() {
        answer(new FindProcessModel(STOCKHOLM, OWN, 9), Optional.empty());

        assertThatThrownBy(() -> mvc.perform(get("/api/process-models/pm-snabbspar").param("version", "9")))
                .rootCause()
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PROCESS_MODEL_UNKNOWN");
                    assertThat(e.getMessage()).isEqualTo("no process model pm-snabbspar version 9 in this tenant");
                });
    }
}
