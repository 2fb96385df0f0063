package org.innovationledger.command.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.security.AuthenticatedCaller;
import org.innovationledger.security.logging.RequestCorrelation;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Who is calling and under which correlation id, for the HTTP request being served on this thread. The caller
 * is the authenticated one (local user or identity provider's token); nothing the client sends can change it.
 */
@Component
public class RequestCaller {

    public static final String CORRELATION_HEADER = RequestCorrelation.HEADER;
    /** Set by the idempotency filter when the request carries an Idempotency-Key. */
    public static final String IDEMPOTENCY_KEY_ATTRIBUTE = RequestCaller.class.getName() + ".idempotencyKey";

    private final AuthenticatedCaller authenticated;

    public RequestCaller(AuthenticatedCaller authenticated) {
        this.authenticated = authenticated;
    }

    /** Whether this thread serves an HTTP request (a command sent outside one must already name its caller). */
    public boolean inRequest() {
        return request().isPresent();
    }

    /** The authenticated caller of the current HTTP request, or empty outside of one or when anonymous. */
    public Optional<Caller> current() {
        return request().flatMap(r -> authenticated.current());
    }

    /** How the caller of the current request signed in (local user or the token's issuer). */
    public Optional<String> authenticatedBy() {
        return request().flatMap(r -> authenticated.authenticatedBy());
    }

    /** The client's correlation id, or a new one, remembered for the rest of the request. */
    public Optional<String> correlationId() {
        return request().map(RequestCorrelation::of);
    }

    /** The request's Idempotency-Key, once the idempotency filter accepted it. */
    public Optional<String> idempotencyKey() {
        return request().map(r -> r.getAttribute(IDEMPOTENCY_KEY_ATTRIBUTE)).map(Object::toString);
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
