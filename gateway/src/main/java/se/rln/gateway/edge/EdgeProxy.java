package se.rln.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import se.rln.gateway.GatewayConfig;
import se.rln.gateway.routing.Route;
import se.rln.gateway.routing.ServiceDocuments;

/**
 * The front door for {@code /api/*}: request id, body size, route, token, rate limit, circuit
 * breaker, then a streaming reverse proxy (Vert.x http-proxy) to the owning service. Bodies
 * (CSV rosters, SSE streams) pass through without being buffered.
 */
@ApplicationScoped
public class EdgeProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String ROUTE = "rln.route";
    private static final String STARTED = "rln.started";

    @Inject
    Vertx vertx;

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
    MeterRegistry metrics;

    private HttpProxy requests;
    private HttpProxy streams;
    /** Open streams per client; entries go when the client's last stream ends. */
    private final ConcurrentHashMap<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS");

    void install(@Observes Router router) {
        requests = reverseProxy(config.maxConnectionsPerService());
        streams = reverseProxy(config.maxStreamConnectionsPerService());
        // after Quarkus' filters (CORS answers preflights first), before its default routes
        router.route("/api/*").order(io.quarkus.vertx.http.runtime.RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    private HttpProxy reverseProxy(int connections) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(connections).setKeepAlive(true));
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.origin(this::originRequest);
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
                return send(ctx);
            }

            @Override
            public Future<Void> handleProxyResponse(ProxyContext ctx) {
                String id = ctx.request().proxiedRequest().getHeader(REQUEST_ID);
                ctx.response().headers().set(REQUEST_ID, id);
                String location = ctx.response().headers().get("Location");
                if (location != null) {
                    ctx.response().headers().set("Location", publicLocation(location));
                }
                return ctx.sendResponse();
            }
        });
        return proxy;
    }

    /**
     * A service's {@code Location} names its own (internal) address; clients are sent to the same
     * path on the gateway's public URL instead.
     */
    String publicLocation(String location) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute()) {
            return location;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return config.publicUrl().replaceAll("/+$", "") + path;
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest in = rc.request();
        String id = in.getHeader(REQUEST_ID);
        if (id == null || !VALID_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            in.headers().set(REQUEST_ID, id);
        }
        rc.response().putHeader(REQUEST_ID, id);
        rc.put(STARTED, System.nanoTime());
        Route route = documents.table().find(in.path()).orElse(null);
        boolean roster = route != null && in.method().name().equals("PUT") && route.template().template().endsWith("/roster");
        // The rate limit comes before every refusal, so that refusals cost a client its budget too.
        EdgeAuth.Caller caller;
        EdgeAuth.Refused badToken = null;
        try {
            caller = auth.caller(in.getHeader("Authorization"));
        } catch (EdgeAuth.Refused e) {
            caller = new EdgeAuth.Caller(null, Set.of());
            badToken = e;
        }
        String client = caller.anonymous() ? "ip:" + (in.remoteAddress() == null ? "unknown" : in.remoteAddress().host())
                : caller.subject();
        long wait = limits.secondsToWait(client, roster);
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            refuse(rc, EdgeProblem.tooManyRequests(wait), route);
            return;
        }
        String length = in.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
            refuse(rc, EdgeProblem.tooLarge(config.maxBodyBytes()), route);
            return;
        }
        if (route == null) {
            refuse(rc, EdgeProblem.notFound(in.path()), null);
            return;
        }
        rc.put(ROUTE, route);
        Route.Access access = route.operations().get(in.method().name());
        if (access == null) {
            refuse(rc, EdgeProblem.methodNotAllowed(in.method().name(), in.path()), route);
            return;
        }
        if (badToken != null) {
            refuse(rc, badToken.problem(), route);
            return;
        }
        try {
            auth.check(caller, access);
        } catch (EdgeAuth.Refused e) {
            refuse(rc, e.problem(), route);
            return;
        }
        if (access.streaming() && !holdStream(rc, client)) {
            refuse(rc, EdgeProblem.tooManyStreams(config.maxStreamsPerClient()), route);
            return;
        }
        Backends.Backend backend = backends.get(route.service());
        if (!backend.breaker().tryAcquirePermission()) {
            refuse(rc, EdgeProblem.unavailable(route.service() + "-service", "it failed repeatedly just now"), route);
            return;
        }
        String forwardedFor = in.getHeader("X-Forwarded-For");
        String remote = in.remoteAddress() == null ? "unknown" : in.remoteAddress().host();
        in.headers().set("X-Forwarded-For", forwardedFor == null ? remote : forwardedFor + ", " + remote);
        in.headers().set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            in.headers().set("X-Forwarded-Host", in.authority().toString());
        }
        rc.addEndHandler(v -> record(rc, route));
        (access.streaming() ? streams : requests).handle(in);
    }

    /** Counts an open stream against its client until the response ends; false when over the cap. */
    private boolean holdStream(RoutingContext rc, String client) {
        AtomicInteger open = openStreams.compute(client, (k, v) -> {
            AtomicInteger held = v == null ? new AtomicInteger() : v;
            held.incrementAndGet();
            return held;
        });
        if (open.get() > config.maxStreamsPerClient()) {
            release(client);
            return false;
        }
        rc.addEndHandler(v -> release(client));
        return true;
    }

    private void release(String client) {
        openStreams.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }

    private Future<io.vertx.core.http.HttpClientRequest> originRequest(ProxyContext ctx) {
        HttpServerRequest in = ctx.request().proxiedRequest();
        Route route = documents.table().find(in.path()).orElseThrow();
        Route.Access access = route.operations().get(in.method().name());
        long idle = access != null && access.streaming() ? 0
                : (in.method().name().equals("PUT") && route.template().template().endsWith("/roster")
                        ? config.uploadTimeout() : config.timeout()).toMillis();
        ctx.set(ROUTE, route);
        return ctx.client().request(new RequestOptions().setServer(backends.get(route.service()).address())
                .setIdleTimeout(idle));
    }

    private Future<ProxyResponse> send(ProxyContext ctx) {
        long start = System.nanoTime();
        Route route = documents.table().find(ctx.request().proxiedRequest().path()).orElseThrow();
        Backends.Backend backend = backends.get(route.service());
        return ctx.sendRequest().map(response -> {
            backend.breaker().onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return response;
        }).recover(failure -> {
            if (ctx.request().proxiedRequest().response().closed()) {
                // The client hung up (a closed tab, a load generator stopping): the service is not to blame.
                backend.breaker().releasePermission();
                metrics.counter("gateway.client.aborts", "service", route.service()).increment();
                return Future.succeededFuture(ctx.request().response().setStatusCode(499));
            }
            backend.breaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            boolean timedOut = failure instanceof TimeoutException || String.valueOf(failure.getMessage()).contains("timeout");
            EdgeProblem problem = timedOut ? EdgeProblem.timeout(route.service() + "-service")
                    : EdgeProblem.unavailable(route.service() + "-service", "it does not answer");
            Log.warnf("%s %s: %s (%s)", ctx.request().getMethod(), ctx.request().getURI(), problem.detail(), failure.toString());
            HttpServerRequest in = ctx.request().proxiedRequest();
            ProxyResponse answer = ctx.request().response().setStatusCode(problem.status())
                    .putHeader("Content-Type", EdgeProblem.CONTENT_TYPE)
                    .setBody(Body.body(problem.body(in.path(), in.getHeader(REQUEST_ID))));
            return Future.succeededFuture(answer);
        });
    }

    private void refuse(RoutingContext rc, EdgeProblem problem, Route route) {
        if (problem.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        if (route != null) {
            rc.addEndHandler(v -> record(rc, route));
        }
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", EdgeProblem.CONTENT_TYPE)
                .end(problem.body(rc.request().path(), rc.request().getHeader(REQUEST_ID)));
    }

    private void record(RoutingContext rc, Route route) {
        Long started = rc.get(STARTED);
        Timer.builder("gateway.requests").description("Requests through the gateway, by route")
                .tag("service", route.service()).tag("route", route.template().template())
                .tag("method", METHODS.contains(rc.request().method().name()) ? rc.request().method().name() : "OTHER").tag("status", Integer.toString(rc.response().getStatusCode()))
                .publishPercentileHistogram().register(metrics)
                .record(System.nanoTime() - (started == null ? System.nanoTime() : started), TimeUnit.NANOSECONDS);
    }
}
