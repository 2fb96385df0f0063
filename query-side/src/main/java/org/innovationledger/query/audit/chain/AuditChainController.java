package org.innovationledger.query.audit.chain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.RequestTenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

@RestController
@Tag(name = "Audit: tamper evidence and export")
class AuditChainController {

    static final String CHAINED_UP_TO = "Ledger-Chained-Up-To";
    static final String CHAIN_HEAD_HASH = "Ledger-Chain-Head-Hash";

    private final EventChain chain;
    private final RequestTenant tenant;

    AuditChainController(EventChain chain, RequestTenant tenant) {
        this.chain = chain;
        this.tenant = tenant;
    }

    @GetMapping("/api/audit/chain")
    @Operation(summary = "Where the hash chain over the event store stands",
            description = "Chained up to which position and that position's hash, the highest position stored, the"
                    + " last checkpoint and how the chain is built.")
    ChainStatus status() {
        return chain.status();
    }

    @GetMapping("/api/audit/chain/checkpoints")
    @Operation(summary = "Every checkpoint of the chain (position, hash, when), to record outside the system")
    List<Checkpoint> checkpoints() {
        return chain.checkpoints();
    }

    @GetMapping("/api/audit/chain/verification")
    @Operation(summary = "Recomputes the chain from the stored events and compares it with the stored chain",
            description = "From the chain's first position (or ?from=) to its head (or ?to=). OK, or BROKEN with"
                    + " the first broken position: ALTERED (the stored event differs from the one chained), MISSING"
                    + " (a chained event's row is gone), INSERTED (a row where a gap was chained) or CHAIN_BROKEN"
                    + " (the stored chain or a checkpoint does not hold together).")
    ChainVerification verification(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        return chain.verify(position("from", from), position("to", to));
    }

    @GetMapping("/api/audit/export")
    @Operation(summary = "The region's chained events, or one aggregate's (?aggregateId=), as JSON Lines",
            description = "application/x-ndjson, one stored event per line with the chain's previous hash and hash,"
                    + " to verify offline with the command-line verifier. Only chained events; the header "
                    + CHAINED_UP_TO + " says up to which position.")
    void export(@RequestParam(required = false) String aggregateId, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        TenantId caller = tenant.of(request);
        String aggregate = aggregateId == null || aggregateId.isBlank() ? null : aggregateId.strip();
        EventChain.Export export = chain.export(caller, aggregate);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(CHAINED_UP_TO, Long.toString(Math.max(export.chainedUpTo(), 0)));
        if (export.headHash() != null) {
            response.setHeader(CHAIN_HEAD_HASH, export.headHash());
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (aggregate == null
                ? caller.value() : aggregate.replaceAll("[^A-Za-z0-9._-]", "_")) + "-history.jsonl\"");
        export.writeTo(response.getOutputStream());
    }

    @ExceptionHandler(ChainUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ChainUnavailableException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "EVENT_CHAIN_UNAVAILABLE", e.getMessage());
    }

    @ExceptionHandler(EventTable.EventTableException.class)
    ResponseEntity<ProblemDetail> unreadable(EventTable.EventTableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "EVENT_STORE_UNREADABLE", e.getMessage());
    }

    private static Long position(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a position (a whole number), got: " + value);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        return ResponseEntity.status(status).body(problem);
    }
}
