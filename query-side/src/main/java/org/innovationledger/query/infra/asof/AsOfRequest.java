package org.innovationledger.query.infra.asof;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Instant;
import java.util.Optional;

/**
 * An HTTP request that asked for an answer as of an earlier point (asOf or asOfPosition), resolved before its
 * controller runs. Whatever answers it says so: the response then states the position and moment the answer
 * reflects; a response nothing answered as of is refused rather than passed off as history.
 */
public final class AsOfRequest {

    /** The newest event an as-of answer reflects (-1: none). */
    public static final String POSITION_HEADER = "Ledger-Position";
    /** The moment an as-of answer is as of: the one asked for, or when the event at the asked position was recorded. */
    public static final String AS_OF_HEADER = "Ledger-As-Of";

    private static final String ATTRIBUTE = AsOfRequest.class.getName();

    private final AsOf asOf;
    private final HttpServletResponse response;
    private volatile boolean answered;

    AsOfRequest(AsOf asOf, HttpServletResponse response) {
        this.asOf = asOf;
        this.response = response;
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The as-of request being served on this thread, if any. */
    public static Optional<AsOfRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return Optional.ofNullable(attributes == null ? null
                : (AsOfRequest) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    public static Optional<AsOfRequest> of(HttpServletRequest request) {
        return Optional.ofNullable((AsOfRequest) request.getAttribute(ATTRIBUTE));
    }

    public AsOf asOf() {
        return asOf;
    }

    /** Answered as of the point: the response states the newest event and the moment the answer reflects. */
    public void answered(long position, Instant instant) {
        response.setHeader(POSITION_HEADER, String.valueOf(position));
        if (instant != null) {
            response.setHeader(AS_OF_HEADER, instant.toString());
        }
        answered = true;
    }

    boolean isAnswered() {
        return answered;
    }
}
