package org.innovationledger.query.value;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.value.FetchValueModels;
import org.innovationledger.kernel.value.FindValueModel;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.innovationledger.kernel.value.ValueModelView;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tenant's value models with all their versions. Idempotent: a model's versions only grow. */
@Component
@ProcessingGroup(ValueModelProjection.GROUP)
class ValueModelProjection {

    static final String GROUP = "value-models";
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private final MongoTemplate mongo;

    ValueModelProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ValueModelDefined event, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.valueModelId().value())), ValueModelDocument.class)) {
            return; // applied before: the definition is the first event of its model
        }
        mongo.insert(new ValueModelDocument(event.valueModelId().value(), event.tenant().value(),
                ValueModelDocument.initiativeOf(event.definition()),
                List.of(new ValueModelDocument.ModelVersion(event.version(), event.definition(), null)),
                EventPosition.of(token)));
    }

    @EventHandler
    void on(ValueModelRevised event, TrackingToken token) {
        ValueModelDocument model = mongo.findById(event.valueModelId().value(), ValueModelDocument.class);
        if (model == null || model.newestVersion() >= event.version()) {
            return; // applied before: versions only grow
        }
        mongo.save(model.revised(new ValueModelDocument.ModelVersion(event.version(), event.definition(),
                event.changeNote()), EventPosition.of(token)));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ValueModelDocument.class);
    }

    @QueryHandler
    List<ValueModelView> handle(FetchValueModels query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.initiativeId() != null) {
            criteria = criteria.and("initiativeId").is(query.initiativeId().value());
        }
        return mongo.find(Query.query(criteria), ValueModelDocument.class).stream()
                .map(model -> model.toView(null).orElseThrow())
                .sorted(Comparator.comparing((ValueModelView v) -> v.definition().name(), NAME_ORDER)
                        .thenComparing(v -> v.ref().id().value()))
                .toList();
    }

    @QueryHandler
    Optional<ValueModelView> handle(FindValueModel query) {
        return Optional.ofNullable(mongo.findById(query.valueModelId().value(), ValueModelDocument.class))
                .filter(model -> model.tenant().equals(query.tenant().value()))
                .flatMap(model -> model.toView(query.version()));
    }
}
