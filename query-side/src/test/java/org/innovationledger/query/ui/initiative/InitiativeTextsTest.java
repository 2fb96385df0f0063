package org.innovationledger.query.ui.initiative;

import org.innovationledger.kernel.agreement.AgreementStatus;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.need.NeedSource;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValuePerspective;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initiative pages name every value of the enums they show by its own text (a value without one would fail
 * the page with a missing message): every value has its key in the family's Swedish bundle, which
 * {@code MessagesCompletenessTest} holds equal to the English and Danish ones.
 */
class InitiativeTextsTest {

    @Test
    void everyValueThePagesShowHasItsText() throws IOException {
        Properties swedish = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/initiative_sv.properties")) {
            assertThat(in).isNotNull();
            swedish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Class<? extends Enum<?>>> shown = Map.of(
                "ui.initiative.innovationType.", InnovationType.class,
                "ui.initiative.origin.", InitiativeOrigin.class,
                "ui.initiative.caseType.", CaseType.class,
                "ui.initiative.role.", InitiativeRole.class,
                "ui.initiative.agreementType.", AgreementType.class,
                "ui.initiative.agreementStatus.", AgreementStatus.class,
                "ui.initiative.beneficiary.", Beneficiary.class,
                "ui.initiative.perspective.", ValuePerspective.class,
                "ui.need.source.", NeedSource.class,
                "ui.need.status.", NeedStatus.class);
        shown.forEach((prefix, values) -> Arrays.stream(values.getEnumConstants()).forEach(value ->
                assertThat(swedish.stringPropertyNames()).as(values.getSimpleName()).contains(prefix + value.name())));
    }
}
