package org.innovationledger.kernel.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identity of a reporting period (one indicator, one year, one region). Its text form is the aggregate identifier. */
public record ReportingPeriodId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReportingPeriodId {
        Texts.identifier(value, "reporting period id");
    }

    public static ReportingPeriodId of(String value) {
        return new ReportingPeriodId(value);
    }

    /**
     * The id of that region's period of that indicator and year: always the same, so whether the period exists is
     * answered by reading one event stream, and two openings racing for it collide on the event store's unique key
     * (as partners' ids are derived from their organisation numbers). Other regions get other ids.
     */
    public static ReportingPeriodId forIndicatorAndYear(TenantId tenant, IndicatorId indicatorId, int year) {
        String key = "reporting-period|" + tenant.value() + "|" + indicatorId.value() + "|" + year;
        return new ReportingPeriodId("period-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
