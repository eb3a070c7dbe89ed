package se.rln.gateway.edge;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code nosniff} and a Content-Security-Policy on every response of the front door, set last
 * (after a service's own headers were copied), so they hold for proxied answers, refusals and
 * documents alike. The API allows nothing to run; only Swagger UI's page may load its own
 * scripts and styles.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /** The workshop front end: its own scripts and styles only, pictures as blobs it fetched with its token. */
    static final String WORKSHOP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(-1001).handler(rc -> {
            String path = rc.request().path();
            String policy = path.startsWith("/q/swagger-ui") ? PAGE_POLICY
                    : path.startsWith("/workshop/") || path.equals("/workshop") ? WORKSHOP_POLICY : API_POLICY;
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Content-Security-Policy", policy)
                    .set("Referrer-Policy", "no-referrer"));
            rc.next();
        });
    }
}
