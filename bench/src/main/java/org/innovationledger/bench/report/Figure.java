package org.innovationledger.bench.report;

/**
 * One measured figure next to the baseline it is judged against, measured in the same run on the same store.
 *
 * @param baseline      name of the baseline figure, null when the figure has none
 * @param ratio         value / baselineValue (NaN without a baseline)
 */
public record Figure(String name, double value, String unit, String baseline, double baselineValue,
                     String baselineUnit, double ratio, String note) {

    public static Figure against(String name, double value, String unit, Figure baseline, String note) {
        return new Figure(name, value, unit, baseline.name(), baseline.value(), baseline.unit(),
                value / baseline.value(), note);
    }

    public static Figure alone(String name, double value, String unit, String note) {
        return new Figure(name, value, unit, null, Double.NaN, null, Double.NaN, note);
    }
}
