package org.innovationledger.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * Errors raised below Spring MVC (a path the servlet container or the firewall refuses, a failure after the
 * response started) still answer as problem details, in place of Spring Boot's own error JSON. The detail never
 * echoes exception messages: they may hold internals.
 */
@RestController
class ProblemErrors implements ErrorController {

    private record Explanation(String rule, String detail) {
    }

    private static final Map<Integer, Explanation> EXPLANATIONS = Map.of(
            400, new Explanation("INVALID_REQUEST", "the request's path, headers or body are malformed"),
            401, new Explanation("AUTHENTICATION_REQUIRED", "sign in with HTTP Basic or a bearer token"),
            403, new Explanation("ROLE_NOT_ALLOWED", "not allowed"),
            404, new Explanation("NOT_FOUND", "no such resource"),
            405, new Explanation("METHOD_NOT_ALLOWED", "the resource does not accept this method"),
            413, new Explanation("REQUEST_TOO_LARGE", "the request is too large"),
            415, new Explanation("UNSUPPORTED_MEDIA_TYPE", "send application/json"));

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        Explanation explanation = EXPLANATIONS.getOrDefault(status.value(), status.is5xxServerError()
                ? new Explanation("SERVER_ERROR", "an unexpected error; it has been logged")
                : new Explanation("HTTP_" + status.value(), status.getReasonPhrase()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, explanation.detail());
        problem.setProperty("rule", explanation.rule());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // a path the container refused may not even be a URI; leave instance out
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
