package org.innovationledger.query.infra.processing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareTest {

    @Test
    void aLoneInstanceKeepsEverything() {
        assertThat(FairShare.surplus(Map.of("portfolio", set(0), "initiative-timeline", set(0, 1, 2, 3)), 5, 1))
                .isEmpty();
    }

    @Test
    void theFirstOfTwoInstancesHandsOverHalfTakingFromTheGroupItHoldsMostOf() {
        List<FairShare.Release> surplus = FairShare.surplus(
                Map.of("portfolio", set(0), "needs", set(0), "initiative-timeline", set(0, 1, 2, 3)), 6, 2);

        assertThat(surplus).containsExactly(new FairShare.Release("initiative-timeline", 3),
                new FairShare.Release("initiative-timeline", 2), new FairShare.Release("initiative-timeline", 1));
    }

    @Test
    void anOddTotalLeavesTheLargerShareWithWhoeverHoldsIt() {
        assertThat(FairShare.of(19, 2)).isEqualTo(10);
        assertThat(FairShare.surplus(Map.of("a", set(0), "b", set(0), "c", set(0)), 3, 2)).hasSize(1);
        assertThat(FairShare.surplus(Map.of("a", set(0), "b", set(0)), 3, 2)).isEmpty();
    }

    @Test
    void anInstanceAtOrBelowItsShareReleasesNothing() {
        assertThat(FairShare.surplus(Map.of("initiative-timeline", set(0, 1)), 4, 2)).isEmpty();
        assertThat(FairShare.surplus(Map.of(), 4, 2)).isEmpty();
    }

    private static SortedSet<Integer> set(Integer... ids) {
        return new TreeSet<>(List.of(ids));
    }
}
