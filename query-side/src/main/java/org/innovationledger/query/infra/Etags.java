package org.innovationledger.query.infra;

import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/** Answers a versioned resource with its ETag, or 304 when the client's If-None-Match still holds. */
public final class Etags {

    private Etags() {
    }

    public static <T> ResponseEntity<T> versioned(WebRequest request, long version, T body) {
        String etag = "\"" + version + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(body);
    }
}
