package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an indicator in the region's catalogue: what is asked, how it is answered and counted, and the
 * decision it rests on. A reporting period copies the version it was opened with, so revising the indicator never
 * changes what earlier periods asked.
 *
 * @param wording            the indicator as decided, verbatim, e.g. "Nämnder/bolag har infört metoder och verktyg
 *                           för att arbeta med innovationer på ett systematiskt sätt i den egna verksamheten"
 * @param unit               what a figure of the report is in, e.g. "andel nämnder och bolag (%)", "nivå 1–5"
 * @param decisionReference  the decision the indicator rests on, e.g. a diary number; optional (a source may call
 *                           an indicator decided without naming the decision)
 * @param levels             for {@link IndicatorKind#SCALE_1_5} exactly five texts, level 1 first: what each level
 *                           means. The sources give no wording for the levels, so a region writes its own; empty for
 *                           the other kinds
 * @param threshold          optional: the report counts the units meeting it (not for BOOLEAN_SHARE, whose answer is
 *                           the count). For the scale it lies between 1 and 5; for a count it is zero or more
 * @param note               optional: what a reader should know, e.g. that the level texts are illustrative
 */
public record IndicatorDefinition(String wording,
                                  IndicatorKind kind,
                                  String unit,
                                  String decisionReference,
                                  List<String> levels,
                                  Threshold threshold,
                                  String note) {

    public static final BigDecimal SCALE_MIN = BigDecimal.ONE;
    public static final BigDecimal SCALE_MAX = BigDecimal.valueOf(5);
    public static final int SCALE_LEVELS = 5;

    public IndicatorDefinition {
        wording = Texts.required(wording, "wording", 1000);
        Texts.present(kind, "kind is required (BOOLEAN_SHARE, SCALE_1_5, COUNT or NUMBER)");
        unit = Texts.required(unit, "unit", 100);
        decisionReference = Texts.optional(decisionReference, "decisionReference", 200);
        levels = levels(kind, levels);
        if (threshold != null) {
            requireThresholdFits(kind, threshold);
        }
        note = Texts.optional(note, "note", 2000);
    }

    private static List<String> levels(IndicatorKind kind, List<String> levels) {
        List<String> given = levels == null ? List.of() : levels;
        if (kind != IndicatorKind.SCALE_1_5) {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("only a SCALE_1_5 indicator has level texts, not " + kind);
            }
            return List.of();
        }
        if (given.size() != SCALE_LEVELS) {
            throw new IllegalArgumentException("a SCALE_1_5 indicator needs exactly " + SCALE_LEVELS
                    + " level texts, level 1 first, got " + given.size());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            texts.add(Texts.required(given.get(i), "level " + (i + 1) + " text", 1000));
        }
        return List.copyOf(texts);
    }

    private static void requireThresholdFits(IndicatorKind kind, Threshold threshold) {
        BigDecimal value = threshold.value();
        switch (kind) {
            case BOOLEAN_SHARE -> throw new IllegalArgumentException(
                    "a BOOLEAN_SHARE indicator has no threshold: its yes answers are what is counted");
            case SCALE_1_5 -> {
                if (value.compareTo(SCALE_MIN) < 0 || value.compareTo(SCALE_MAX) > 0) {
                    throw new IllegalArgumentException("the threshold of a SCALE_1_5 indicator lies between 1 and 5,"
                            + " got " + value.toPlainString());
                }
            }
            case COUNT -> {
                if (value.signum() < 0) {
                    throw new IllegalArgumentException("the threshold of a COUNT indicator is zero or more, got "
                            + value.toPlainString());
                }
            }
            case NUMBER -> {
                // any number
            }
        }
    }

    /** The text of a whole level 1-5 of a SCALE_1_5 indicator. */
    public String levelText(int level) {
        return levels.get(level - 1);
    }
}
