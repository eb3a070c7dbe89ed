package se.rln.commons.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import se.rln.commons.problem.Problem;
import se.rln.commons.problem.ProblemResponses;

/**
 * Accepts or generates {@code X-Request-Id}, echoes it, and puts it (and a W3C
 * {@code traceparent}) in the log MDC so they reach log lines and the outbox, and from there
 * the Kafka record headers. Also refuses
 * bodies over the size limit with a problem+json 413 before they are read.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** W3C trace context, passed on to the Kafka records a request causes. */
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACE_CONTEXT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router, ObjectMapper json) {
        router.route().order(-1000).handler(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !ACCEPTABLE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            rc.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            String traceparent = rc.request().getHeader(TRACEPARENT);
            if (traceparent != null && TRACE_CONTEXT.matcher(traceparent).matches()) {
                MDC.put(TRACEPARENT, traceparent);
            } else {
                MDC.remove(TRACEPARENT);
            }
            rc.response().putHeader(HEADER, id);
            String length = rc.request().getHeader("Content-Length");
            if (length != null && isTooLong(length)) {
                Problem problem = ProblemResponses.body(413, "body-too-large", "Payload too large",
                        "the body has " + length + " bytes; the limit is " + maxBodySize.asLongValue() + " bytes", null,
                        rc.request());
                try {
                    rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close").end(json.writeValueAsString(problem));
                } catch (Exception e) {
                    rc.fail(e);
                }
                return;
            }
            rc.next();
        });
    }

    private boolean isTooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The request id of the current request, or of the current log context. */
    public static String current(HttpServerRequest request) {
        Object fromMdc = MDC.get(MDC_KEY);
        if (fromMdc != null) {
            return fromMdc.toString();
        }
        return request == null ? null : request.getHeader(HEADER);
    }
}
