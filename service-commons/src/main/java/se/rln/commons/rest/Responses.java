package se.rln.commons.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** The shapes of successful responses every service answers the same way. */
public final class Responses {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Responses() {
    }

    public static Response created(String pathPrefix, UUID id, long version, IdempotencyKeys.Outcome<?> outcome) {
        return Response.created(UriBuilder.fromPath(pathPrefix).path(id.toString()).build())
                .tag(ETags.of(version))
                .header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .entity(outcome.body())
                .build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }
}
