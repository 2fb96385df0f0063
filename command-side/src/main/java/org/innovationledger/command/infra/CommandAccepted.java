package org.innovationledger.command.infra;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The answer to an accepted command: the aggregate (or part) it touched and the aggregate's version after it. */
public record CommandAccepted(String id, long version) {

    /** 201 for something new at {@code location}; the ETag is the aggregate version to send back as If-Match. */
    public static ResponseEntity<CommandAccepted> created(String location, String id, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version))
                .body(new CommandAccepted(id, version));
    }

    /** 200 for a change to an existing aggregate, with its new version as ETag. */
    public static ResponseEntity<CommandAccepted> changed(String id, long version) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new CommandAccepted(id, version));
    }
}
