package se.rln.gateway.edge;

import java.util.concurrent.TimeoutException;

/**
 * Why a forwarded request got no answer, told apart by the failure's type: the service took
 * longer than the route's idle timeout (Vert.x fails the request with a {@link TimeoutException}),
 * or it could not be reached at all (refused, reset, or no connection within the connect timeout).
 */
enum ProxyFailure {

    TIMED_OUT, UNREACHABLE;

    static ProxyFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return TIMED_OUT;
            }
        }
        return UNREACHABLE;
    }

    EdgeProblem problem(String service) {
        return this == TIMED_OUT ? EdgeProblem.timeout(service) : EdgeProblem.unavailable(service, "it does not answer");
    }
}
