package org.innovationledger.command.infra;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.kernel.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.innovationledger.security.RequestBodyLimit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem details for the command API: 400 invalid input, 404 unknown aggregate, 409 violated rule
 * (with its code in {@code rule}), 412 stale If-Match. A refused command has appended nothing.
 */
@RestControllerAdvice(basePackages = "org.innovationledger.command")
class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    /** Malformed JSON or a value of the wrong type: say which field and why, not just "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.causedBy(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "REQUEST_TOO_LARGE", "the request body is too large").getBody());
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", unreadable(e)).getBody());
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof ValueInstantiationException invalid
                && invalid.getCause() instanceof IllegalArgumentException refused) {
            return refused.getMessage(); // a record of the contract refused the value: its message says why
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; allowed: " + unknown.getKnownPropertyIds();
        }
        if (e.getCause() instanceof InvalidFormatException invalid) {
            String field = invalid.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            Class<?> target = invalid.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "; allowed: " + Arrays.toString(target.getEnumConstants()) : "";
            return "invalid value '" + invalid.getValue() + "' for " + field + allowed;
        }
        if (e.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "wrong type or missing value for " + mismatched.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return "malformed JSON: " + json.getOriginalMessage();
        }
        return "the request body is missing or unreadable";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e) {
        return problem(e.violation());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Optional<RuleViolation> violation = e.getDetails().filter(RuleViolation.class::isInstance)
                .map(RuleViolation.class::cast);
        if (violation.isPresent()) {
            return problem(violation.get());
        }
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid);
        }
        log.error("Command failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "COMMAND_FAILED", "the command could not be handled");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "AGGREGATE_UNKNOWN", "no aggregate " + e.getAggregateIdentifier());
    }

    /**
     * The id names an aggregate of another kind (an agreement command sent to a partner's id): for this command
     * there is no such aggregate, as when the id is unknown.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> otherKind(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "AGGREGATE_UNKNOWN", "no aggregate of this kind under that id");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "another change to the same aggregate won the race; read it again and retry");
    }

    private static ResponseEntity<ProblemDetail> problem(RuleViolation violation) {
        return problem(HttpStatus.valueOf(violation.status()), violation.rule(), violation.detail());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        return ResponseEntity.status(status).body(problem);
    }
}
