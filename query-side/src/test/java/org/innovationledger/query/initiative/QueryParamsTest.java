package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.PortfolioSort;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.process.PhaseStage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed parameters are IllegalArgumentExceptions: the API answers them as 400 INVALID_INPUT problems. */
class QueryParamsTest {

    @Test
    void absentValuesFallBackAndPresentOnesAreRead() {
        assertThat(QueryParams.integer("page", null, 0)).isZero();
        assertThat(QueryParams.integer("size", " 20 ", 50)).isEqualTo(20);
        assertThat(QueryParams.enumValue("status", "", InitiativeStatus.class)).isNull();
        assertThat(QueryParams.enumValue("status", "CLOSED", InitiativeStatus.class)).isEqualTo(InitiativeStatus.CLOSED);
        assertThat(QueryParams.date("from", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(QueryParams.id(" unit-a ", OrganisationUnitId::of)).isEqualTo(OrganisationUnitId.of("unit-a"));
        assertThat(QueryParams.id(null, OrganisationUnitId::of)).isNull();
    }

    @Test
    void malformedValuesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.integer("size", "ten", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> QueryParams.enumValue("stage", "PILOT", PhaseStage.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage").hasMessageContaining("TEST");
        assertThatThrownBy(() -> QueryParams.date("from", "2024-02-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> QueryParams.id("not an id", OrganisationUnitId::of))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void portfolioOrderIsAFieldWithAnOptionalDirection() {
        assertThat(QueryParams.Order.of(null)).isEqualTo(new QueryParams.Order(PortfolioSort.REGISTERED_AT, false));
        assertThat(QueryParams.Order.of("title")).isEqualTo(new QueryParams.Order(PortfolioSort.TITLE, false));
        assertThat(QueryParams.Order.of("lastDecisionOn,DESC"))
                .isEqualTo(new QueryParams.Order(PortfolioSort.LAST_DECISION_ON, true));
        assertThat(QueryParams.Order.of("registeredAt,asc"))
                .isEqualTo(new QueryParams.Order(PortfolioSort.REGISTERED_AT, false));
        assertThatThrownBy(() -> QueryParams.Order.of("unitName")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title, registeredAt, lastDecisionOn");
        assertThatThrownBy(() -> QueryParams.Order.of("title,down")).isInstanceOf(IllegalArgumentException.class);
    }
}
