package org.innovationledger.query.infra;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for the query API: 400 for malformed parameters, 404 for unknown resources. */
@RestControllerAdvice(basePackages = "org.innovationledger.query")
class QueryProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.rule(), e.getMessage());
    }

    /** An answer for every region asked by someone who is not an admin: the role's limit, like any other. */
    @ExceptionHandler(RequestTenant.GlobalScopeRefused.class)
    ResponseEntity<ProblemDetail> globalScopeRefused(RequestTenant.GlobalScopeRefused e) {
        return problem(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        return ResponseEntity.status(status).body(problem);
    }

}
