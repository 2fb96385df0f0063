package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.springframework.data.mongodb.core.query.Criteria;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which initiatives an overview query lets through, and in what order: the reader's own and, unless the scope
 * says otherwise, those other regions share with it.
 */
final class PortfolioSelection {

    private static final Collator TITLE_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private PortfolioSelection() {
    }

    static Criteria criteria(FindPortfolioOverview query) {
        String reader = query.tenant().value();
        Criteria criteria = switch (query.scope()) {
            case ALL -> new Criteria().orOperator(Criteria.where("tenant").is(reader),
                    Criteria.where("sharedWith").is(reader));
            case OWN -> Criteria.where("tenant").is(reader);
            case SHARED -> Criteria.where("sharedWith").is(reader); // contains
        };
        if (query.unitId() != null) {
            criteria = criteria.and("registration.unitId").is(query.unitId().value());
        }
        if (query.phase() != null) {
            criteria = criteria.and("progress.phase").is(query.phase());
        }
        if (query.stage() != null) {
            criteria = criteria.and("progress.stage").is(query.stage().name());
        }
        if (query.status() != null) {
            criteria = criteria.and("progress.status").is(query.status().name());
        }
        if (query.missionId() != null) {
            criteria = criteria.and("classification.missions").is(query.missionId().value()); // contains
        }
        if (query.strategyArea() != null) {
            criteria = criteria.and("classification.strategyArea").is(query.strategyArea());
        }
        if (query.testbedUnitId() != null) {
            criteria = criteria.and("classification.testbedUnitId").is(query.testbedUnitId().value());
        }
        if (query.partnerName() != null) {
            criteria = criteria.and("registration.partnerName").is(query.partnerName());
        }
        return criteria;
    }

    /**
     * Sorted here, not in the store: titles by Swedish collation (Å Ä Ö last), timestamps as instants (their ISO
     * text has a varying number of fraction digits). The id breaks ties so pages never overlap.
     */
    static List<InitiativeDocument> sorted(List<InitiativeDocument> initiatives, FindPortfolioOverview query) {
        boolean descending = query.descending();
        Comparator<InitiativeDocument> order = switch (query.sort()) {
            case TITLE -> Comparator.comparing(i -> i.registration().title(), direction(TITLE_ORDER, descending));
            case REGISTERED_AT -> Comparator.comparing(i -> Instant.parse(i.registration().registeredAt()),
                    direction(Comparator.<Instant>naturalOrder(), descending));
            case LAST_DECISION_ON -> Comparator.comparing(i -> i.progress().lastDecisionOn(),
                    Comparator.nullsLast(direction(Comparator.<String>naturalOrder(), descending)));
        };
        return initiatives.stream().sorted(order.thenComparing(InitiativeDocument::id)).toList();
    }

    private static <T> Comparator<T> direction(Comparator<T> ascending, boolean descending) {
        return descending ? ascending.reversed() : ascending;
    }

    static List<InitiativeDocument> page(List<InitiativeDocument> sorted, FindPortfolioOverview query) {
        long from = (long) query.page() * query.size();
        return from >= sorted.size() ? List.of()
                : sorted.subList((int) from, (int) Math.min(sorted.size(), from + query.size()));
    }
}
