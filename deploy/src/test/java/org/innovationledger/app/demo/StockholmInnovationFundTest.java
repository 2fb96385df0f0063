package org.innovationledger.app.demo;

import org.innovationledger.kernel.fund.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's assumptions about Innovationsfonden 2021 add up to what the source says. */
class StockholmInnovationFundTest {

    @Test
    void theTwoCallsAddUpToTheSourcesYear() {
        List<StockholmInnovationFund.Call> calls = StockholmInnovationFund.CALLS;
        assertThat(calls).as("fördelat två gånger per år").hasSize(2);
        assertThat(calls.stream().mapToInt(StockholmInnovationFund.Call::applicationCount).sum())
                .isEqualTo(StockholmInnovationFund.APPLICATIONS).isEqualTo(143);
        assertThat(calls.stream().mapToInt(StockholmInnovationFund.Call::grantCount).sum())
                .isEqualTo(StockholmInnovationFund.GRANTS).isEqualTo(58);
        assertThat(calls.stream().map(StockholmInnovationFund.Call::budget)
                .reduce(StockholmInnovationFund.sek(0), (a, b) -> a.plus(b)))
                .isEqualTo(StockholmInnovationFund.YEAR_BUDGET);
        assertThat(StockholmInnovationFund.grantedInAll()).isEqualTo(StockholmInnovationFund.sek(13_150_000))
                .isLessThan(StockholmInnovationFund.YEAR_BUDGET);
    }

    @Test
    void everyCallStaysWithinItsBudgetAndGrantsNoMoreThanWasRequested() {
        for (StockholmInnovationFund.Call call : StockholmInnovationFund.CALLS) {
            var granted = StockholmInnovationFund.sek(0);
            for (ApplicationKind kind : ApplicationKind.values()) {
                assertThat(call.grants().get(kind)).isLessThanOrEqualTo(call.applications().get(kind));
                for (int i = 0; i < call.grants().get(kind); i++) {
                    granted = granted.plus(StockholmInnovationFund.GRANT.get(kind));
                }
                for (int n = 1; n <= call.applicationCount(); n++) {
                    assertThat(StockholmInnovationFund.requested(kind, n))
                            .isGreaterThanOrEqualTo(StockholmInnovationFund.GRANT.get(kind));
                }
            }
            assertThat(granted).as("call " + call.round()).isLessThanOrEqualTo(call.budget());
        }
    }

    @Test
    void theSourcesExamplesAreGrantedInTheirCall() {
        for (StockholmInnovationFund.Example example : StockholmInnovationFund.EXAMPLES) {
            StockholmInnovationFund.Call call = StockholmInnovationFund.CALLS.get(example.round() - 1);
            long examplesOfKind = StockholmInnovationFund.EXAMPLES.stream()
                    .filter(e -> e.round() == example.round() && e.kind() == example.kind()).count();
            assertThat(examplesOfKind).as(example.key()).isLessThanOrEqualTo(call.grants().get(example.kind()));
        }
        assertThat(StockholmInnovationFund.EXAMPLES).as("rad 189-195").hasSize(7);
    }
}
