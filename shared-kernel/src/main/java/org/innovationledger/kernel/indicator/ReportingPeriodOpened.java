package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting period opened: the year's reporting of one version of an indicator, whose definition it carries
 * (what was asked stays what was asked, whatever later versions say), over a population of the region's units.
 */
@Revision("1")
public record ReportingPeriodOpened(ReportingPeriodId periodId,
                                    TenantId tenant,
                                    IndicatorId indicatorId,
                                    int indicatorVersion,
                                    IndicatorDefinition definition,
                                    int year,
                                    List<OrganisationUnitId> population,
                                    LocalDate opensOn,
                                    LocalDate dueOn) {
}
