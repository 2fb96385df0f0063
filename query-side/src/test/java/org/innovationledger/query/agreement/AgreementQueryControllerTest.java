package org.innovationledger.query.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
class AgreementQueryControllerTest {

    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final AgreementId ID = AgreementId.of("agreement-ini-fall-1");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private QueryGateway queries;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        queries = mock(QueryGateway.class);
        RequestTenant tenant = mock(RequestTenant.class);
        when(tenant.of(any())).thenReturn(VASTERBOTTEN);
        mvc = MockMvcBuilders.standaloneSetup(new AgreementQueryController(queries, tenant)).build();
    }

    private void answer(Object query, Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(eq(query), any(ResponseType.class));
    }

    static AgreementView view() {
        return new AgreementView(ID, VASTERBOTTEN, "Partneravtal fallprevention", AgreementType.PARTNER,
                AgreementStatus.IN_FORCE, InitiativeId.of("ini-fall"), new ValueModelRef(ValueModelId.of("vm-fall"), 2),
                List.of(new AgreementView.Party("unit-region", OrganisationUnitId.of("unit-region"), null,
                                "Region Västerbotten", "region",
                                new AgreementView.Signature("Regiondirektör", LocalDate.of(2024, 4, 20))),
                        new AgreementView.Party("partner-medtech", null, PartnerId.of("partner-medtech"), "Medtech AB",
                                "företagspartner", new AgreementView.Signature("VD", LocalDate.of(2024, 4, 25)))),
                new AgreementTerms(CostPrinciple.EACH_PARTY_OWN_COSTS, null, ResultOwnership.JOINT, null, null, null,
                        "Tre månader"),
                List.of(new FollowUpDate("F1", LocalDate.of(2024, 9, 1))), LocalDate.of(2024, 9, 1),
                List.of(new Milestone("M1", LocalDate.of(2024, 12, 1), "Halvtid")),
                List.of(new AgreementView.DecisionPoint("M1", List.of(
                        new PartyAgreementPosition("unit-region", AgreementPosition.CONTINUE)),
                        AgreementPosition.CONTINUE, LocalDate.of(2024, 12, 2), null)),
                LocalDate.of(2024, 5, 1), LocalDate.of(2025, 12, 31), "Färre fall", LocalDate.of(2024, 4, 25),
                List.of(new AgreementView.Amendment("T1", "Förlängning", "Tillägg 1",
                        Instant.parse("2024-06-01T08:00:00.125Z"))), null,
                Instant.parse("2024-03-01T10:15:30.5Z"), 5, 812);
    }

    private static AgreementRegister register() {
        return new AgreementRegister(List.of(view()), 0, 50, 1,
                Arrays.stream(AgreementStatus.values()).map(s -> new AgreementRegister.StatusCount(s,
                        s == AgreementStatus.IN_FORCE ? 1 : 0)).toList(),
                List.of(new AgreementRegister.TypeCount(AgreementType.PARTNER, 1)), TODAY, 812);
    }

    @Test
    void theRegisterAsksForTheCallersRegionWithEveryFilter() throws Exception {
        answer(new FetchAgreementRegister(VASTERBOTTEN, AgreementStatus.IN_FORCE, AgreementType.PARTNER,
                PartnerId.of("partner-medtech"), InitiativeId.of("ini-fall"), 90, 1, 20), register());

        mvc.perform(get("/api/agreements").param("status", "IN_FORCE").param("type", "PARTNER")
                        .param("partnerId", "partner-medtech").param("initiativeId", "ini-fall")
                        .param("expiringWithinDays", "90").param("page", "1").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.agreements[0].parties[1].name").value("Medtech AB"))
                .andExpect(jsonPath("$.agreements[0].followUps[0].id").value("F1"))
                .andExpect(jsonPath("$.byStatus[1].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.byStatus[1].count").value(1));
    }

    @Test
    void withoutParametersTheFirstPageOfEverythingIsAskedFor() throws Exception {
        answer(new FetchAgreementRegister(VASTERBOTTEN, null, null, null, null, null, 0,
                FetchAgreementRegister.DEFAULT_SIZE), register());

        mvc.perform(get("/api/agreements")).andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void malformedParametersAreInvalidInput() {
        for (String[] parameter : List.of(new String[]{"status", "SIGNED"}, new String[]{"type", "LOAN"},
                new String[]{"expiringWithinDays", "soon"}, new String[]{"expiringWithinDays", "-1"},
                new String[]{"size", "0"}, new String[]{"page", "-1"}, new String[]{"partnerId", "bad id"})) {
            assertThatThrownBy(() -> mvc.perform(get("/api/agreements").param(parameter[0], parameter[1])))
                    .as(parameter[0] + "=" + parameter[1]).rootCause().isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void oneAgreementIsAnsweredWithItsVersionAsETagOrNotFound() throws Exception {
        answer(new FindAgreement(VASTERBOTTEN, ID), Optional.of(view()));

        mvc.perform(get("/api/agreements/" + ID))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.valueModel.version").value(2))
                .andExpect(jsonPath("$.parties[0].signature.signatory").value("Regiondirektör"));
        mvc.perform(get("/api/agreements/" + ID).header("If-None-Match", "\"5\"")).andExpect(status().isNotModified());

        answer(new FindAgreement(VASTERBOTTEN, AgreementId.of("agreement-x")), Optional.empty());
        assertThatThrownBy(() -> mvc.perform(get("/api/agreements/agreement-x"))).rootCause()
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.rule()).isEqualTo("AGREEMENT_UNKNOWN"));
    }

    @Test
    void answersReadBackAsTheyWereWritten() throws Exception {
        AgreementRegister register = register();
        assertThat(JSON.readValue(JSON.writeValueAsString(register), AgreementRegister.class)).isEqualTo(register);
    }
}
