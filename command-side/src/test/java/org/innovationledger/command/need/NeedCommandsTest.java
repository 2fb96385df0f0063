package org.innovationledger.command.need;

import org.innovationledger.kernel.need.IdentifyNeed;
import org.innovationledger.kernel.need.NeedCriterion;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.PrioritiseNeed;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.innovationledger.kernel.need.CriterionWeight.MUST;
import static org.innovationledger.kernel.need.CriterionWeight.SHOULD;
import static org.innovationledger.kernel.need.NeedSource.STAFF;

/** The need commands refuse malformed input on construction (answered 400 before any aggregate is loaded). */
class NeedCommandsTest {

    private static final NeedId NEED = NeedId.of("need-fall-prevention");
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit-nus-geriatrics");

    @Test
    void identificationNeedsTitleSourceAndUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentifyNeed(NEED, " ", null, STAFF, UNIT))
                .withMessage("title is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentifyNeed(NEED, "Fall", null, null, UNIT))
                .withMessage("source is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentifyNeed(NEED, "Fall", null, STAFF, null))
                .withMessage("unitId is required");
    }

    @Test
    void criterionNeedsTextAndWeight() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NeedCriterion("  ", MUST))
                .withMessage("criterion text is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new NeedCriterion("Tydligt behov", null))
                .withMessageContaining("criterion weight is required");
        assertThat(new NeedCriterion(" Tydligt behov ", MUST).text()).isEqualTo("Tydligt behov");
    }

    @Test
    void prioritisationRefusesAMissingListEmptyEntriesAndTheSameCriterionTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseNeed(NEED, null, null))
                .withMessage("criteria are required");
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseNeed(NEED,
                        Arrays.asList(new NeedCriterion("Tydligt behov", MUST), null), null))
                .withMessageContaining("empty entries");
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseNeed(NEED, List.of(
                        new NeedCriterion("Tydligt behov", MUST), new NeedCriterion("tydligt BEHOV", SHOULD)), null))
                .withMessageContaining("listed twice");
        List<NeedCriterion> tooMany = IntStream.rangeClosed(0, PrioritiseNeed.MAX_CRITERIA)
                .mapToObj(i -> new NeedCriterion("Kriterium " + i, MUST)).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> new PrioritiseNeed(NEED, tooMany, null))
                .withMessageContaining("at most");
    }

    @Test
    void prioritisationKeepsItsOwnCopyOfTheCriteria() {
        List<NeedCriterion> criteria = new ArrayList<>(List.of(new NeedCriterion("Tydligt behov", MUST)));
        PrioritiseNeed command = new PrioritiseNeed(NEED, criteria, null);
        criteria.add(new NeedCriterion("Skalbart", SHOULD));

        assertThat(command.criteria()).containsExactly(new NeedCriterion("Tydligt behov", MUST));
    }
}
