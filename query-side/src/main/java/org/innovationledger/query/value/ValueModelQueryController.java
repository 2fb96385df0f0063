package org.innovationledger.query.value;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.value.FetchValueModels;
import org.innovationledger.kernel.value.FindValueModel;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelView;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.Collections;
import java.util.List;

@RestController
@RequestMapping("/api/value-models")
@Tag(name = "Value models")
class ValueModelQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    ValueModelQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The tenant's value models at their newest versions, optionally for one initiative")
    List<ValueModelView> list(@RequestParam(required = false) String initiativeId, HttpServletRequest request) {
        return queries.query(new FetchValueModels(tenant.of(request),
                        initiativeId == null ? null : InitiativeId.of(initiativeId)),
                ResponseTypes.multipleInstancesOf(ValueModelView.class)).join();
    }

    @GetMapping("/{valueModelId}")
    @Operation(summary = "One version of a value model, the newest unless ?version= is given",
            description = "The ETag is the model's aggregate version, to send as If-Match when revising it.")
    ResponseEntity<ValueModelView> one(@PathVariable String valueModelId,
                                       @RequestParam(required = false) Integer version,
                                       HttpServletRequest request, WebRequest web) {
        ValueModelId id = ValueModelId.of(valueModelId);
        ValueModelView model = queries.query(new FindValueModel(tenant.of(request), id, version),
                        ResponseTypes.optionalInstanceOf(ValueModelView.class)).join()
                .orElseThrow(() -> new NotFoundException("value model",
                        version == null ? id : id + " version " + version));
        // version n is written by the aggregate's event n - 1 (one event per version)
        return Etags.versioned(web, Collections.max(model.versions()) - 1L, model);
    }
}
