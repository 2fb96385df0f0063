package org.innovationledger.query.infra.asof;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * As-of refusals as problem details with their own rule (ahead of the general 400 INVALID_INPUT), and the last
 * check before an answer is written: a request that asked for an earlier point but that nothing answered as of is
 * refused with 400 AS_OF_NOT_SUPPORTED rather than answered with today's state.
 */
@RestControllerAdvice(basePackages = "org.innovationledger.query")
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the web interface's pages, which answer refusals in HTML
class AsOfResponses implements ResponseBodyAdvice<Object> {

    @ExceptionHandler(AsOfRefused.class)
    ResponseEntity<ProblemDetail> refused(AsOfRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        AsOfRequest asOf = AsOfRequest.of(servlet.getServletRequest()).orElse(null);
        if (asOf != null && !asOf.isAnswered()) {
            throw new AsOfRefused(AsOfRefused.NOT_SUPPORTED, "this endpoint does not answer from read models that"
                    + " can be rebuilt as of an earlier point; ask it without asOf and asOfPosition");
        }
        return body;
    }
}
