package org.innovationledger.query.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.need.FetchNeedsBacklog;
import org.innovationledger.kernel.need.FindNeed;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedStatus;
import org.innovationledger.kernel.need.NeedView;
import org.innovationledger.kernel.need.NeedsBacklog;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
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

@RestController
@RequestMapping("/api/needs")
@Tag(name = "Needs")
class NeedQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    NeedQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "The needs backlog: open needs first, most MUST criteria first, then oldest first",
            description = "Optionally only one status or one owner unit; page from 0, size 1-200.")
    NeedsBacklog backlog(@RequestParam(required = false) NeedStatus status,
                         @RequestParam(required = false) String ownerUnitId,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size,
                         HttpServletRequest request) {
        OrganisationUnitId owner = ownerUnitId == null ? null : OrganisationUnitId.of(ownerUnitId);
        return queries.query(new FetchNeedsBacklog(tenant.of(request), status, owner, page, size),
                ResponseTypes.instanceOf(NeedsBacklog.class)).join();
    }

    @GetMapping("/{needId}")
    @Operation(summary = "One need; the ETag is its version")
    ResponseEntity<NeedView> one(@PathVariable String needId, HttpServletRequest request, WebRequest web) {
        NeedId id = NeedId.of(needId);
        NeedView need = queries.query(new FindNeed(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(NeedView.class)).join()
                .orElseThrow(() -> new NotFoundException("need", id));
        return Etags.versioned(web, need.version(), need);
    }
}
