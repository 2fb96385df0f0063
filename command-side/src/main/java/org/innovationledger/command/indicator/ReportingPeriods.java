package org.innovationledger.command.indicator;

import org.innovationledger.kernel.indicator.ReportingPeriodId;

/**
 * Whether a reporting period exists, read from its event stream. Periods' ids are derived from region, indicator
 * and year, so "has this region a period of this indicator for this year" is one short stream read.
 */
public interface ReportingPeriods {

    boolean exists(ReportingPeriodId periodId);
}
