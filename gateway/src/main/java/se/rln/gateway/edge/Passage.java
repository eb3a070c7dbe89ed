package se.rln.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import se.rln.gateway.routing.Route;

/**
 * What the edge has learnt of one request as it passes the handlers, kept on its routing
 * context: the route is looked up once, the caller read once.
 */
final class Passage {

    private static final String KEY = "rln.passage";

    final long started = System.nanoTime();
    /** The owning service's path, or {@code null} when no service owns it. */
    final Route route;
    /** The operation on that path, or {@code null} when the path has no such method. */
    final Route.Access access;
    final EdgeAuth.Caller caller;
    /** Why the bearer token was refused, or {@code null} when there was none or it was good. */
    final EdgeAuth.Refused badToken;
    /** Whose budget the request spends: the token's subject, or the address when anonymous. */
    final String client;

    Passage(Route route, Route.Access access, EdgeAuth.Caller caller, EdgeAuth.Refused badToken, String client) {
        this.route = route;
        this.access = access;
        this.caller = caller;
        this.badToken = badToken;
        this.client = client;
    }

    static Passage of(RoutingContext rc) {
        return rc.get(KEY);
    }

    void attach(RoutingContext rc) {
        rc.put(KEY, this);
    }

    boolean upload() {
        return access != null && access.upload();
    }

    Forwarding.Kind kind() {
        return Forwarding.Kind.of(access);
    }
}
