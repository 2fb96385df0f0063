package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One portfolio manager's journey through the API, run against every storage setup: register a region and a
 * board, rename the region from a date, register an initiative, read the portfolio; and every kind of refusal,
 * each of which must change nothing. Commands and queries may go to different services.
 */
final class PortfolioJourney {

    private final LedgerClient commands;
    private final LedgerClient queries;
    private final LongSupplier storedEvents;

    String regionId;
    String boardId;
    String initiativeId;

    PortfolioJourney(LedgerClient commands, LedgerClient queries, LongSupplier storedEvents) {
        this.commands = commands;
        this.queries = queries;
        this.storedEvents = storedEvents;
    }

    PortfolioJourney run() {
        registerUnits();
        renameWithIfMatch();
        registerInitiative();
        readPortfolio();
        refusalsChangeNothing();
        otherTenantSeesNothing();
        return this;
    }

    void registerUnits() {
        LedgerClient.Response region = commands.post("/api/organisation-units", """
                {"name":"Västerbottens läns landsting","kind":"REGION","establishedOn":"1967-01-01",
                 "documentRef":"RS 2019-0672"}""", "X-Correlation-Id", "journey-1");
        assertThat(region.status()).as(region.toString()).isEqualTo(201);
        assertThat(region.header("ETag")).isEqualTo("\"0\"");
        regionId = region.json().get("id").asText();
        assertThat(region.header("Location")).isEqualTo("/api/organisation-units/" + regionId);

        LedgerClient.Response board = commands.post("/api/organisation-units", """
                {"name":"Hälso- och sjukvårdsnämnden","kind":"BOARD","parentId":"%s","reason":"Ny nämnd"}"""
                .formatted(regionId));
        assertThat(board.status()).as(board.toString()).isEqualTo(201);
        boardId = board.json().get("id").asText();
    }

    void renameWithIfMatch() {
        LedgerClient.Response renamed = commands.post("/api/organisation-units/" + regionId + "/rename", """
                {"newName":"Region Västerbotten","effectiveFrom":"2019-01-01","reason":"Regionbildning"}""",
                "If-Match", "\"0\"");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");

        LedgerClient.Response stale = commands.post("/api/organisation-units/" + regionId + "/rename", """
                {"newName":"Region Norr","effectiveFrom":"2020-01-01","reason":"stale"}""", "If-Match", "\"0\"");
        assertProblem(stale, 412, "STALE_VERSION");
    }

    void registerInitiative() {
        LedgerClient.Response initiative = commands.post("/api/initiatives", """
                {"title":"Digitala vårdbesök i glesbygd","description":"Behov från primärvården",
                 "unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(boardId));
        assertThat(initiative.status()).as(initiative.toString()).isEqualTo(201);
        initiativeId = initiative.json().get("id").asText();
    }

    void readPortfolio() {
        JsonNode overview = queries.await("/api/portfolio",
                r -> r.status() == 200 && r.json().get("initiativeCount").asInt() == 1).json();
        assertThat(overview.get("byUnit")).hasSize(1);
        assertThat(overview.get("byUnit").get(0).get("unitName").asText()).isEqualTo("Hälso- och sjukvårdsnämnden");
        JsonNode initiative = overview.get("initiatives").get(0);
        assertThat(initiative.get("initiativeId").asText()).isEqualTo(initiativeId);
        assertThat(initiative.get("registeredBy").asText()).isEqualTo("manager@region-stockholm");

        LedgerClient.Response unit = queries.await("/api/organisation-units/" + regionId,
                r -> r.status() == 200 && r.json().get("version").asLong() == 1);
        assertThat(unit.header("ETag")).isEqualTo("\"1\"");
        assertThat(unit.json().get("name").asText()).isEqualTo("Region Västerbotten");
        assertThat(unit.json().get("names")).hasSize(2);
        assertThat(unit.json().get("names").get(0).get("name").asText()).isEqualTo("Västerbottens läns landsting");

        assertThat(queries.get("/api/organisation-units/" + regionId, "If-None-Match", "\"1\"").status())
                .isEqualTo(304);
        LedgerClient.Response one = queries.get("/api/initiatives/" + initiativeId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("unitName").asText()).isEqualTo("Hälso- och sjukvårdsnämnden");
    }

    void refusalsChangeNothing() {
        long before = storedEvents.getAsLong();
        assertProblem(commands.post("/api/initiatives", """
                {"title":"Utan motivering","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate"}""".formatted(boardId)), 400, "INVALID_INPUT");
        assertProblem(commands.post("/api/initiatives", """
                {"title":"  ","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}""".formatted(boardId)), 400, "INVALID_INPUT");
        LedgerClient.Response badKind = commands.post("/api/organisation-units", """
                {"name":"X","kind":"VILLAGE","reason":"r"}""");
        assertProblem(badKind, 400, "INVALID_INPUT");
        assertThat(badKind.json().get("detail").asText()).contains("VILLAGE").contains("TESTBED");
        assertProblem(commands.post("/api/organisation-units", "{not json"), 400, "INVALID_INPUT");
        assertProblem(commands.post("/api/initiatives", """
                {"title":"Okänd enhet","unitId":"unit-unknown","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}"""), 409, "ORGANISATION_UNIT_UNKNOWN");
        assertProblem(commands.post("/api/organisation-units/unit-unknown/rename", """
                {"newName":"X","effectiveFrom":"2020-01-01","reason":"r"}"""), 404, "AGGREGATE_UNKNOWN");
        assertProblem(commands.post("/api/organisation-units/" + regionId + "/rename", """
                {"newName":"Region Västerbotten","effectiveFrom":"2019-06-01","reason":"same"}"""), 409, "NAME_UNCHANGED");
        assertProblem(queries.get("/api/initiatives/ini-unknown"), 404, "INITIATIVE_UNKNOWN");
        assertProblem(queries.get("/api/initiatives/not%20an%20id"), 400, "INVALID_INPUT");
        assertThat(storedEvents.getAsLong()).as("refused commands append nothing").isEqualTo(before);
    }

    void otherTenantSeesNothing() {
        LedgerClient otherCommands = commands.asTenant("region-skane");
        LedgerClient otherQueries = queries.asTenant("region-skane");
        assertThat(otherQueries.get("/api/portfolio").json().get("initiativeCount").asInt()).isZero();
        assertProblem(otherQueries.get("/api/organisation-units/" + regionId), 404, "ORGANISATION_UNIT_UNKNOWN");
        assertProblem(otherCommands.post("/api/organisation-units/" + regionId + "/rename", """
                {"newName":"Region Skåne","effectiveFrom":"2021-01-01","reason":"r"}"""), 404, "ORGANISATION_UNIT_UNKNOWN");
        assertProblem(otherCommands.post("/api/initiatives", """
                {"title":"Fel region","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}""".formatted(boardId)), 409, "ORGANISATION_UNIT_UNKNOWN");
    }

    static void assertProblem(LedgerClient.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }
}
