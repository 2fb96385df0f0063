package org.innovationledger.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.innovationledger.command.infra.RequestCaller;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.security.AuthenticatedCaller;
import org.innovationledger.security.Problems;
import org.innovationledger.security.RequestBodyLimit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on command POSTs: the first request with a key runs; sending the same request with
 * the same key again returns the first response (with {@code Idempotent-Replayed: true}) and appends nothing.
 * Keys are scoped to the caller (tenant and principal). Only successful outcomes are kept: after a 4xx or 5xx
 * the key is free again, so a corrected request may reuse it. The same key with another path or body is 422;
 * while the first request runs, 409.
 */
final class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final IdempotencyStore store;
    private final AuthenticatedCaller callers;

    IdempotencyKeys(IdempotencyStore store, AuthenticatedCaller callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response); // security has already refused it
            return;
        }
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            Problems.write(request, response, 400, "Bad Request", "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key must be 1 to 128 letters, digits or . _ : -");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            if (RequestBodyLimit.causedBy(e)) {
                Problems.write(request, response, 413, "Content Too Large", "REQUEST_TOO_LARGE", e.getMessage());
                return;
            }
            throw e;
        }
        String scope = caller.get().tenant().value() + "/" + caller.get().principal();
        IdempotencyStore.Reservation reservation = store.reserve(scope, key, fingerprint(request, body));
        if (reservation instanceof IdempotencyStore.Replay replay) {
            replay(replay.response(), response);
        } else if (reservation instanceof IdempotencyStore.Mismatch) {
            Problems.write(request, response, 422, "Unprocessable Content", "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        } else if (reservation instanceof IdempotencyStore.InProgress running) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(request, response, 409, "Conflict", "IDEMPOTENCY_KEY_IN_PROGRESS", running.stale()
                    ? "the first request with this Idempotency-Key did not finish (the service may have stopped);"
                    + " read the resource to see whether it took effect before sending it with a new key"
                    : "the first request with this Idempotency-Key is still running; retry shortly");
        } else {
            run(request, response, chain, body, scope, key);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
                     String scope, String key) throws ServletException, IOException {
        request.setAttribute(RequestCaller.IDEMPOTENCY_KEY_ATTRIBUTE, key);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBody(request, body), captured);
            int status = captured.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(scope, key, new IdempotencyStore.StoredResponse(status,
                        captured.getHeader(HttpHeaders.LOCATION), captured.getHeader(HttpHeaders.ETAG),
                        captured.getContentType(), new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(scope, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyStore.StoredResponse stored, HttpServletResponse response)
            throws IOException {
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        byte[] body = Objects.requireNonNullElse(stored.body(), "").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Same method, path, query, If-Match and body: the same request. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + ' ' + request.getRequestURI() + '?'
                    + Objects.requireNonNullElse(request.getQueryString(), "") + '\n'
                    + Objects.requireNonNullElse(request.getHeader(HttpHeaders.IF_MATCH), "") + '\n';
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The body read once for the fingerprint, served again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
