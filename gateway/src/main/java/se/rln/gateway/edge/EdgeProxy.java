package se.rln.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import se.rln.gateway.GatewayConfig;
import se.rln.gateway.routing.Route;
import se.rln.gateway.routing.ServiceDocuments;

/**
 * The front door for {@code /api/*}, a chain of small handlers: admit (request id, the route
 * looked up once, the caller), limit (rate, then body size: every refusal after it costs budget
 * too), authorize (route, method, token, roles), streams (open streams per client), breaker,
 * then forward to the owning service.
 */
@ApplicationScoped
public class EdgeProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Inject
    GatewayConfig config;

    @Inject
    ServiceDocuments documents;

    @Inject
    EdgeAuth auth;

    @Inject
    RateLimits limits;

    @Inject
    Backends backends;

    @Inject
    Forwarding forwarding;

    @Inject
    MeterRegistry metrics;

    /** Open streams per client; entries go when the client's last stream ends. */
    private final ConcurrentHashMap<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        forwarding.start();
        // after Quarkus' filters (CORS answers preflights first), before its default routes
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::admit).handler(this::limit).handler(this::authorize).handler(this::holdStream)
                .handler(this::breaker).handler(this::forward);
    }

    private void admit(RoutingContext rc) {
        HttpServerRequest in = rc.request();
        String id = in.getHeader(REQUEST_ID);
        if (id == null || !VALID_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            in.headers().set(REQUEST_ID, id);
        }
        rc.response().putHeader(REQUEST_ID, id);
        Route route = documents.table().find(in.path()).orElse(null);
        Route.Access access = route == null ? null : route.operations().get(in.method().name());
        EdgeAuth.Caller caller;
        EdgeAuth.Refused badToken = null;
        try {
            caller = auth.caller(in.getHeader("Authorization"));
        } catch (EdgeAuth.Refused e) {
            caller = new EdgeAuth.Caller(null, Set.of());
            badToken = e;
        }
        String client = caller.anonymous() ? "ip:" + remote(in) : caller.subject();
        Passage passage = new Passage(route, access, caller, badToken, client);
        passage.attach(rc);
        if (route != null) {
            rc.addEndHandler(v -> record(rc, passage));
        }
        rc.next();
    }

    private void limit(RoutingContext rc) {
        Passage passage = Passage.of(rc);
        long wait = limits.secondsToWait(passage.client, passage.upload());
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            refuse(rc, EdgeProblem.tooManyRequests(wait));
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
            refuse(rc, EdgeProblem.tooLarge(config.maxBodyBytes()));
            return;
        }
        rc.next();
    }

    private void authorize(RoutingContext rc) {
        Passage passage = Passage.of(rc);
        HttpServerRequest in = rc.request();
        if (passage.route == null) {
            refuse(rc, EdgeProblem.notFound(in.path()));
        } else if (passage.access == null) {
            refuse(rc, EdgeProblem.methodNotAllowed(in.method().name(), in.path()));
        } else if (passage.badToken != null) {
            refuse(rc, passage.badToken.problem());
        } else {
            try {
                auth.check(passage.caller, passage.access, passage.route.service());
                rc.next();
            } catch (EdgeAuth.Refused e) {
                refuse(rc, e.problem());
            }
        }
    }

    /** Counts an open stream against its client until the response ends; refused over the cap. */
    private void holdStream(RoutingContext rc) {
        Passage passage = Passage.of(rc);
        if (passage.kind() != Forwarding.Kind.STREAM) {
            rc.next();
            return;
        }
        AtomicInteger open = openStreams.compute(passage.client, (k, v) -> {
            AtomicInteger held = v == null ? new AtomicInteger() : v;
            held.incrementAndGet();
            return held;
        });
        if (open.get() > config.maxStreamsPerClient()) {
            release(passage.client);
            refuse(rc, EdgeProblem.tooManyStreams(config.maxStreamsPerClient()));
            return;
        }
        rc.addEndHandler(v -> release(passage.client));
        rc.next();
    }

    private void release(String client) {
        openStreams.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }

    private void breaker(RoutingContext rc) {
        String service = Passage.of(rc).route.service();
        if (!backends.get(service).breaker().tryAcquirePermission()) {
            refuse(rc, EdgeProblem.unavailable(service + "-service", "it failed repeatedly just now"));
            return;
        }
        rc.next();
    }

    private void forward(RoutingContext rc) {
        Passage passage = Passage.of(rc);
        HttpServerRequest in = rc.request();
        String forwardedFor = in.getHeader("X-Forwarded-For");
        in.headers().set("X-Forwarded-For", forwardedFor == null ? remote(in) : forwardedFor + ", " + remote(in));
        in.headers().set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            in.headers().set("X-Forwarded-Host", in.authority().toString());
        }
        forwarding.forward(in, passage.route.service(), passage.kind());
    }

    private static String remote(HttpServerRequest in) {
        return in.remoteAddress() == null ? "unknown" : in.remoteAddress().host();
    }

    private void refuse(RoutingContext rc, EdgeProblem problem) {
        if (problem.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", EdgeProblem.CONTENT_TYPE)
                .end(problem.body(rc.request().path(), rc.request().getHeader(REQUEST_ID)));
    }

    private void record(RoutingContext rc, Passage passage) {
        String method = rc.request().method().name();
        Timer.builder("gateway.requests").description("Requests through the gateway, by route")
                .tag("service", passage.route.service()).tag("route", passage.route.template().template())
                .tag("method", METHODS.contains(method) ? method : "OTHER")
                .tag("status", Integer.toString(rc.response().getStatusCode()))
                .publishPercentileHistogram().register(metrics)
                .record(System.nanoTime() - passage.started, TimeUnit.NANOSECONDS);
    }
}
