package org.innovationledger.query.partner;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.partner.FetchPartnerOrganisations;
import org.innovationledger.kernel.partner.FindPartnerOrganisation;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerKind;
import org.innovationledger.kernel.partner.PartnerOrganisationView;
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

/** Paths and parameters become the contract's queries for the caller's region; answers come from the projection. */
class PartnerQueryControllerTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final PartnerId MEDTECH = PartnerId.of("partner-medtech");
    private static final PartnerOrganisationView VIEW = new PartnerOrganisationView(MEDTECH, VASTERBOTTEN,
            "Medtech AB", PartnerKind.COMPANY, "556012-5790", "SE",
            List.of(new PartnerOrganisationView.PartnerName("Medtech AB", null)), 2, 77);

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(VASTERBOTTEN);
        mvc = MockMvcBuilders.standaloneSetup(new PartnerQueryController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    @Test
    void listAsksForTheCallersRegionAndKind() throws Exception {
        answer(new FetchPartnerOrganisations(VASTERBOTTEN, PartnerKind.COMPANY), List.of(VIEW));

        mvc.perform(get("/api/partners").param("kind", "COMPANY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].partnerId").value("partner-medtech"))
                .andExpect(jsonPath("$[0].organisationNumber").value("556012-5790"));
    }

    @Test
    void onePartnerIsAnsweredWithItsVersionAsETag() throws Exception {
        answer(new FindPartnerOrganisation(VASTERBOTTEN, MEDTECH), Optional.of(VIEW));

        mvc.perform(get("/api/partners/partner-medtech"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.name").value("Medtech AB"));
    }

    @Test
    void unknownPartnerIsNotFoundAndAnUnknownKindIsInvalid() {
        answer(new FindPartnerOrganisation(VASTERBOTTEN, MEDTECH), Optional.empty());

        assertThatThrownBy(() -> mvc.perform(get("/api/partners/partner-medtech"))).rootCause()
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.rule()).isEqualTo("PARTNER_UNKNOWN"));
        assertThatThrownBy(() -> mvc.perform(get("/api/partners").param("kind", "BANK"))).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }
}
