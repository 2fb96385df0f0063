package org.innovationledger.query.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.process.FetchProcessModels;
import org.innovationledger.kernel.process.FindProcessModel;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelView;
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
@RequestMapping("/api/process-models")
@Tag(name = "Process models")
class ProcessModelQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    ProcessModelQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The models the tenant may use, each at its newest version: built-in first, then its own")
    List<ProcessModelView> list(HttpServletRequest request) {
        return queries.query(new FetchProcessModels(tenant.of(request)),
                ResponseTypes.multipleInstancesOf(ProcessModelView.class)).join();
    }

    @GetMapping("/{modelId}")
    @Operation(summary = "One version of a model, the newest unless ?version= is given",
            description = "The ETag is the model's aggregate version, to send as If-Match when revising it.")
    ResponseEntity<ProcessModelView> one(@PathVariable String modelId,
                                         @RequestParam(required = false) Integer version,
                                         HttpServletRequest request, WebRequest web) {
        ProcessModelId id = ProcessModelId.of(modelId);
        ProcessModelView model = queries.query(new FindProcessModel(tenant.of(request), id, version),
                        ResponseTypes.optionalInstanceOf(ProcessModelView.class)).join()
                .orElseThrow(() -> new NotFoundException("process model",
                        version == null ? id : id + " version " + version));
        // model version n is written by the aggregate's event n - 1 (one event per version)
        return Etags.versioned(web, Collections.max(model.versions()) - 1L, model);
    }
}
