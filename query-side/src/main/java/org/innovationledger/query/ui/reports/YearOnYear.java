package org.innovationledger.query.ui.reports;

import org.innovationledger.kernel.indicator.IndicatorReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator's figures this year beside last year's and the change, as the indicator report states them: a figure
 * either year lacks is shown as "no figure", never as a zero, and its change is absent too.
 *
 * @param figure what is compared (a key of {@code ui.reports.figure.*})
 * @param now    this year's figure; null when the year has none
 * @param before last year's; null when there is no previous year's period or it has no such figure
 * @param change this year's less last year's, as the report computed it; null where either is missing
 */
record YearOnYear(String figure, Number now, Number before, Number change) {

    /** The figures the reports compare, in the order they are read: who answered, then the headline. */
    static List<YearOnYear> of(IndicatorReport report) {
        IndicatorReport.Comparison previous = report.previousYear();
        IndicatorReport.Headline then = previous == null ? null : previous.headline();
        IndicatorReport.Change change = previous == null ? null : previous.change();
        IndicatorReport.Headline headline = report.headline();
        List<YearOnYear> rows = new ArrayList<>();
        rows.add(new YearOnYear("submitted", report.responses().submitted(),
                previous == null ? null : previous.responses().submitted(), change == null ? null : change.submitted()));
        rows.add(new YearOnYear("responseRate", report.responses().responseRate(),
                previous == null ? null : previous.responses().responseRate(),
                change == null ? null : change.responseRate()));
        add(rows, "yes", headline.yes(), then == null ? null : then.yes(), change == null ? null : change.yes());
        add(rows, "share", headline.share(), then == null ? null : then.share(), change == null ? null : change.share());
        add(rows, "mean", headline.mean(), then == null ? null : then.mean(), change == null ? null : change.mean());
        add(rows, "meetingThreshold", headline.meetingThreshold(), then == null ? null : then.meetingThreshold(),
                change == null ? null : change.meetingThreshold());
        add(rows, "sum", headline.sum(), then == null ? null : then.sum(), change == null ? null : change.sum());
        return rows;
    }

    /** A headline figure neither year has is not this kind's figure at all: left out. */
    private static void add(List<YearOnYear> rows, String figure, Number now, Number before, Number change) {
        if (now != null || before != null) {
            rows.add(new YearOnYear(figure, now, before, change));
        }
    }

    /** up, down or same; null without a change. */
    public String direction() {
        if (change == null) {
            return null;
        }
        int sign = new BigDecimal(change.toString()).signum();
        return sign > 0 ? "up" : sign < 0 ? "down" : "same";
    }
}
