package org.innovationledger.security.logging;

import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of an HTTP request: the client's {@code X-Correlation-Id} when it is a plain token, else a
 * new one; remembered on the request, so its log lines and every command it sends share one id.
 */
public final class RequestCorrelation {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestCorrelation() {
    }

    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(HEADER);
        if (known == null) {
            String given = request.getHeader(HEADER);
            known = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            request.setAttribute(HEADER, known);
        }
        return known.toString();
    }
}
