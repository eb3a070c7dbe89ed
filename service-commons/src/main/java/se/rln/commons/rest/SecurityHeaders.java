package se.rln.commons.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every response says what it is and that it is nothing else: {@code nosniff}, so a browser never
 * treats a JSON or Markdown body full of user text as HTML, and a Content-Security-Policy that
 * allows no script, style, frame or form at all (the services answer data, never pages).
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    void install(@Observes Router router) {
        router.route().order(-1001).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .set("Referrer-Policy", "no-referrer"));
            rc.next();
        });
    }
}
