package org.innovationledger.query.realisation;

import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.realisation.AllocatedShare;
import org.innovationledger.kernel.realisation.FetchValueRealisation;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.kernel.realisation.ValueRealisationReport.DimensionLine;
import org.innovationledger.kernel.realisation.ValueRealisationReport.IndicatorLine;
import org.innovationledger.kernel.realisation.ValueRealisationReport.ItemLine;
import org.innovationledger.kernel.realisation.ValueRealisationReport.PartyLine;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValueItem;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValuePerspective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.innovationledger.query.realisation.RealisationFactDocument.Kind.DISTRIBUTED;
import static org.innovationledger.query.realisation.RealisationFactDocument.Kind.REALISED;
import static org.innovationledger.query.realisation.RealisationFactDocument.Kind.TRANSFERRED;

/** Adds up a value realisation report from the documents in scope; every sum is over whole events. */
final class ValueRealisationReports {

    private ValueRealisationReports() {
    }

    static ValueRealisationReport of(FetchValueRealisation query, List<RealisationModelDocument> models,
                                     List<RealisationFactDocument> facts,
                                     List<RealisationMeasurementDocument> measurements) {
        List<RealisationFactDocument> realised = facts.stream().filter(f -> f.kind() == REALISED).toList();
        return new ValueRealisationReport(query.tenant(), query.initiativeId(), query.agreementId(),
                dimensions(models, realised), items(models, realised),
                sum(models.stream().flatMap(m -> m.items().stream()).map(ValueItem::expected)),
                sum(realised.stream().map(RealisationFactDocument::amount)),
                sum(facts.stream().filter(f -> f.kind() == DISTRIBUTED).map(RealisationFactDocument::amount)),
                sum(facts.stream().filter(f -> f.kind() == TRANSFERRED).map(RealisationFactDocument::amount)),
                realised.size(), (int) realised.stream().filter(f -> f.amount() == null).count(),
                parties(facts), indicators(measurements), position(models, facts, measurements));
    }

    /** Totals per currency, in currency order; missing amounts (ideal values) count for nothing. */
    static List<Money> sum(Stream<Money> amounts) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        amounts.filter(Objects::nonNull).forEach(m -> totals.merge(m.currency(), m.amount(), BigDecimal::add));
        return totals.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }

    private record Dimension(Beneficiary beneficiary, ValuePerspective perspective) {
    }

    private static List<DimensionLine> dimensions(List<RealisationModelDocument> models,
                                                  List<RealisationFactDocument> realised) {
        Map<Dimension, List<Money>> expected = new TreeMap<>(DIMENSION_ORDER);
        Map<Dimension, List<RealisationFactDocument>> byDimension = new TreeMap<>(DIMENSION_ORDER);
        models.stream().flatMap(m -> m.items().stream()).forEach(item -> expected
                .computeIfAbsent(new Dimension(item.beneficiary(), item.perspective()), d -> new ArrayList<>())
                .add(item.expected()));
        realised.forEach(fact -> byDimension
                .computeIfAbsent(new Dimension(fact.beneficiary(), fact.perspective()), d -> new ArrayList<>())
                .add(fact));
        TreeMap<Dimension, Boolean> all = new TreeMap<>(DIMENSION_ORDER);
        expected.keySet().forEach(d -> all.put(d, true));
        byDimension.keySet().forEach(d -> all.put(d, true));
        return all.keySet().stream().map(d -> {
            List<RealisationFactDocument> here = byDimension.getOrDefault(d, List.of());
            return new DimensionLine(d.beneficiary(), d.perspective(),
                    sum(expected.getOrDefault(d, List.of()).stream()),
                    sum(here.stream().map(RealisationFactDocument::amount)), here.size());
        }).toList();
    }

    private static final Comparator<Dimension> DIMENSION_ORDER = Comparator
            .comparing((Dimension d) -> d.beneficiary().ordinal()).thenComparing(d -> d.perspective().ordinal());

    private static List<ItemLine> items(List<RealisationModelDocument> models, List<RealisationFactDocument> realised) {
        return models.stream().sorted(Comparator.comparing(RealisationModelDocument::id))
                .flatMap(model -> model.items().stream().map(item -> {
                    List<RealisationFactDocument> forItem = realised.stream()
                            .filter(f -> model.id().equals(f.valueModelId()) && item.itemId().equals(f.itemId()))
                            .toList();
                    return new ItemLine(ValueModelId.of(model.id()), model.version(), item.itemId(),
                            item.description(), item.beneficiary(), item.perspective(), item.realisable(),
                            item.expected(), sum(forItem.stream().map(RealisationFactDocument::amount)),
                            forItem.size());
                })).toList();
    }

    private record PartyKey(String partyId, String role, String currency) {
    }

    private static List<PartyLine> parties(List<RealisationFactDocument> facts) {
        Map<PartyKey, BigDecimal> totals = new TreeMap<>(Comparator.comparing(PartyKey::partyId)
                .thenComparing(PartyKey::currency));
        facts.stream().filter(f -> f.kind() == DISTRIBUTED).forEach(f -> {
            for (AllocatedShare share : f.allocations()) {
                totals.merge(new PartyKey(share.partyId(), share.partyRole(), share.amount().currency()),
                        share.amount().amount(), BigDecimal::add);
            }
        });
        return totals.entrySet().stream().map(e -> new PartyLine(e.getKey().partyId(), e.getKey().role(),
                new Money(e.getValue(), e.getKey().currency()))).toList();
    }

    private record IndicatorKey(String agreementId, String indicatorId) {
    }

    private static List<IndicatorLine> indicators(List<RealisationMeasurementDocument> measurements) {
        Map<IndicatorKey, List<RealisationMeasurementDocument>> byIndicator = new TreeMap<>(Comparator
                .comparing(IndicatorKey::agreementId).thenComparing(IndicatorKey::indicatorId));
        measurements.forEach(m -> byIndicator.computeIfAbsent(new IndicatorKey(m.agreementId(), m.indicatorId()),
                k -> new ArrayList<>()).add(m));
        return byIndicator.entrySet().stream().map(e -> {
            List<RealisationMeasurementDocument> all = e.getValue();
            BigDecimal baseline = all.stream().filter(RealisationMeasurementDocument::baseline).findFirst()
                    .map(RealisationMeasurementDocument::value).orElse(null);
            RealisationMeasurementDocument latest = all.stream().filter(m -> !m.baseline())
                    .max(Comparator.comparing(RealisationMeasurementDocument::measuredOn)
                            .thenComparing(RealisationMeasurementDocument::sequence)).orElse(null);
            return new IndicatorLine(AgreementId.of(e.getKey().agreementId()), e.getKey().indicatorId(), baseline,
                    latest == null ? null : latest.value(), latest == null ? null : latest.measuredOn(),
                    (int) all.stream().filter(m -> !m.baseline()).count(),
                    all.stream().mapToInt(RealisationMeasurementDocument::corrections).sum());
        }).toList();
    }

    private static long position(List<RealisationModelDocument> models, List<RealisationFactDocument> facts,
                                 List<RealisationMeasurementDocument> measurements) {
        return Stream.of(models.stream().mapToLong(RealisationModelDocument::position),
                        facts.stream().mapToLong(RealisationFactDocument::position),
                        measurements.stream().mapToLong(RealisationMeasurementDocument::position))
                .flatMapToLong(s -> s).max().orElse(0);
    }
}
