package se.rln.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.rln.gateway.GatewayConfig;
import se.rln.gateway.routing.Route;

/**
 * The streaming reverse proxies (Vert.x http-proxy) to the services: one per service and kind of
 * call, so each knows its backend, its breaker and its idle timeout without looking the route up
 * again. Streams have a connection pool of their own, so open SSE streams never starve ordinary
 * calls. Bodies (CSV rosters, SSE streams) pass through without being buffered.
 */
@ApplicationScoped
public class Forwarding {

    /** How a call is carried, and how long the service may stay silent. */
    public enum Kind {
        CALL, UPLOAD, STREAM;

        static Kind of(Route.Access access) {
            if (access != null && access.streaming()) {
                return STREAM;
            }
            return access != null && access.upload() ? UPLOAD : CALL;
        }

        Duration idleTimeout(GatewayConfig config) {
            return switch (this) {
                case CALL -> config.timeout();
                case UPLOAD -> config.uploadTimeout();
                case STREAM -> Duration.ZERO;
            };
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    Backends backends;

    @Inject
    MeterRegistry metrics;

    private final Map<String, Map<Kind, HttpProxy>> proxies = new HashMap<>();

    /** Builds the proxies; called once, before the first request. */
    void start() {
        HttpClient calls = client(config.maxConnectionsPerService());
        HttpClient streams = client(config.maxStreamConnectionsPerService());
        backends.all().forEach((name, backend) -> {
            Map<Kind, HttpProxy> kinds = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                kinds.put(kind, proxy(kind == Kind.STREAM ? streams : calls, backend, kind.idleTimeout(config).toMillis()));
            }
            proxies.put(name, kinds);
        });
    }

    /** Sends the request on to the service, answering with its response as it comes. */
    void forward(HttpServerRequest in, String service, Kind kind) {
        proxies.get(service).get(kind).handle(in);
    }

    private HttpClient client(int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(connections).setKeepAlive(true));
    }

    private HttpProxy proxy(HttpClient client, Backends.Backend backend, long idleMillis) {
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.origin(ctx -> ctx.client().request(new RequestOptions().setServer(backend.address()).setIdleTimeout(idleMillis)));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
                return send(ctx, backend);
            }

            @Override
            public Future<Void> handleProxyResponse(ProxyContext ctx) {
                ctx.response().headers().set(EdgeProxy.REQUEST_ID, ctx.request().proxiedRequest().getHeader(EdgeProxy.REQUEST_ID));
                String location = ctx.response().headers().get("Location");
                if (location != null) {
                    ctx.response().headers().set("Location", publicLocation(location));
                }
                return ctx.sendResponse();
            }
        });
        return proxy;
    }

    private Future<ProxyResponse> send(ProxyContext ctx, Backends.Backend backend) {
        long start = System.nanoTime();
        return ctx.sendRequest().map(response -> {
            backend.breaker().onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return response;
        }).recover(failure -> {
            HttpServerRequest in = ctx.request().proxiedRequest();
            if (in.response().closed()) {
                // The client hung up (a closed tab, a load generator stopping): the service is not to blame.
                backend.breaker().releasePermission();
                metrics.counter("gateway.client.aborts", "service", backend.name()).increment();
                return Future.succeededFuture(ctx.request().response().setStatusCode(499));
            }
            backend.breaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            EdgeProblem problem = ProxyFailure.of(failure).problem(backend.name() + "-service");
            Log.warnf("%s %s: %s (%s)", ctx.request().getMethod(), ctx.request().getURI(), problem.detail(), failure.toString());
            return Future.succeededFuture(ctx.request().response().setStatusCode(problem.status())
                    .putHeader("Content-Type", EdgeProblem.CONTENT_TYPE)
                    .setBody(Body.body(problem.body(in.path(), in.getHeader(EdgeProxy.REQUEST_ID)))));
        });
    }

    /**
     * A service's {@code Location} names its own (internal) address; clients are sent to the same
     * path on the gateway's public URL instead.
     */
    String publicLocation(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute()) {
            return location;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return config.publicUrl().replaceAll("/+$", "") + path;
    }
}
