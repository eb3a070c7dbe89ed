package se.rln.gateway.routing;

import java.util.Map;
import java.util.Set;

/** A path of one service and, per HTTP method, who may call it. */
public record Route(RouteTemplate template, String service, Map<String, Access> operations) {

    /**
     * Who may call one operation (anyone, or a bearer with one of the roles) and how it is carried:
     * a {@code streaming} answer (server-sent events) or an {@code upload} (a request body other
     * than JSON, such as a CSV or Excel roster).
     */
    public record Access(boolean anonymous, Set<String> roles, boolean streaming, boolean upload) {
    }
}
