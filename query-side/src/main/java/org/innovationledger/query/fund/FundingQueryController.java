package org.innovationledger.query.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.fund.FetchFundingCalls;
import org.innovationledger.kernel.fund.FetchFundingReport;
import org.innovationledger.kernel.fund.FindFundingCall;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallSummary;
import org.innovationledger.kernel.fund.FundingCallView;
import org.innovationledger.kernel.fund.FundingReport;
import org.innovationledger.query.infra.Etags;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

@RestController
@Tag(name = "Innovation fund")
class FundingQueryController {

    private final QueryGateway queries;
    private final RequestTenant tenant;

    FundingQueryController(QueryGateway queries, RequestTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GetMapping("/api/funding-calls")
    @Operation(summary = "The tenant's funding calls, by year, fund and round",
            description = "Optionally of one year and one fund (its name exactly as opened).")
    List<FundingCallSummary> calls(@RequestParam(required = false) String year,
                                   @RequestParam(required = false) String fund,
                                   HttpServletRequest request) {
        return queries.query(new FetchFundingCalls(tenant.of(request), FundParams.year(year), fund),
                ResponseTypes.multipleInstancesOf(FundingCallSummary.class)).join();
    }

    @GetMapping("/api/funding-calls/{callId}")
    @Operation(summary = "One funding call with its applications, assessments, decisions and follow-ups; the ETag"
            + " is its version")
    ResponseEntity<FundingCallView> call(@PathVariable String callId, HttpServletRequest request, WebRequest web) {
        FundingCallId id = FundingCallId.of(callId);
        FundingCallView call = queries.query(new FindFundingCall(tenant.of(request), id),
                        ResponseTypes.optionalInstanceOf(FundingCallView.class)).join()
                .orElseThrow(() -> new NotFoundException("funding call", id));
        return Etags.versioned(web, call.version(), call);
    }

    @GetMapping("/api/funding-report")
    @Operation(summary = "The funding report of a year: per call and for the year, applications, grants,"
            + " rejections, undecided, grant rate, requested and granted amounts, budget and what is left, by kind",
            description = "year is required; fund optionally limits it to one fund. The grant rate is grants per"
                    + " application in percent with one decimal, rounded HALF_UP (58 of 143: 40.6).")
    FundingReport report(@RequestParam(required = false) String year,
                         @RequestParam(required = false) String fund,
                         HttpServletRequest request) {
        return queries.query(new FetchFundingReport(tenant.of(request), FundParams.year(year), fund),
                ResponseTypes.instanceOf(FundingReport.class)).join();
    }
}
