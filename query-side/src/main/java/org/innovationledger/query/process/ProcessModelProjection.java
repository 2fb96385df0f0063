package org.innovationledger.query.process;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.FetchProcessModels;
import org.innovationledger.kernel.process.FindProcessModel;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.innovationledger.kernel.process.ProcessModelView;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.process.ProcessModelDocument.ModelVersion;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The process models a tenant may use: the built-in ones, answered from the kernel without a document, and the
 * tenant's own with all their versions. Idempotent by event position.
 */
@Component
@ProcessingGroup(ProcessModelProjection.GROUP)
class ProcessModelProjection {

    static final String GROUP = "process-models";
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private final MongoTemplate mongo;

    ProcessModelProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProcessModelDefined event, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.modelId().value())), ProcessModelDocument.class)) {
            return; // applied before: the definition is the first event of its model
        }
        mongo.insert(new ProcessModelDocument(event.modelId().value(), event.tenant().value(),
                List.of(new ModelVersion(event.version(), event.definition(), null)), EventPosition.of(token)));
    }

    @EventHandler
    void on(ProcessModelRevised event, TrackingToken token) {
        long position = EventPosition.of(token);
        ProcessModelDocument model = mongo.findById(event.modelId().value(), ProcessModelDocument.class);
        if (model == null || model.versions().stream().anyMatch(v -> v.version() >= event.version())) {
            return; // applied before: model versions only grow
        }
        mongo.save(model.revised(new ModelVersion(event.version(), event.definition(), event.changeNote()), position));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ProcessModelDocument.class);
    }

    @QueryHandler
    List<ProcessModelView> handle(FetchProcessModels query) {
        Stream<ProcessModelView> builtIn = newestBuiltIns().stream().map(ProcessModelProjection::builtInView);
        // the tenant's own by the name of their newest version; Swedish collation puts Å Ä Ö last
        Stream<ProcessModelView> own = mongo.find(Query.query(Criteria.where("tenant").is(query.tenant().value())),
                        ProcessModelDocument.class).stream()
                .map(model -> model.toView(null).orElseThrow())
                .sorted(Comparator.comparing((ProcessModelView v) -> v.definition().name(), NAME_ORDER)
                        .thenComparing(v -> v.ref().id().value()));
        return Stream.concat(builtIn, own).toList();
    }

    @QueryHandler
    Optional<ProcessModelView> handle(FindProcessModel query) {
        if (BuiltInProcessModels.isBuiltIn(query.modelId())) {
            Optional<ProcessModelRef> ref = query.version() == null ? BuiltInProcessModels.latest(query.modelId())
                    : Optional.of(new ProcessModelRef(query.modelId(), query.version()));
            return ref.filter(r -> BuiltInProcessModels.find(r).isPresent()).map(ProcessModelProjection::builtInView);
        }
        return Optional.ofNullable(mongo.findById(query.modelId().value(), ProcessModelDocument.class))
                .filter(model -> model.tenant().equals(query.tenant().value()))
                .flatMap(model -> model.toView(query.version()));
    }

    /** The newest version of each built-in model, in the kernel's order. */
    private static List<ProcessModelRef> newestBuiltIns() {
        Map<ProcessModelId, ProcessModelRef> newest = new LinkedHashMap<>();
        BuiltInProcessModels.all().keySet().forEach(ref -> newest.merge(ref.id(), ref,
                (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(newest.values());
    }

    /** Built-in models belong to no tenant and come from no event: position 0. */
    private static ProcessModelView builtInView(ProcessModelRef ref) {
        return new ProcessModelView(ref, null, true, BuiltInProcessModels.find(ref).orElseThrow(),
                BuiltInProcessModels.versions(ref.id()), 0);
    }
}
