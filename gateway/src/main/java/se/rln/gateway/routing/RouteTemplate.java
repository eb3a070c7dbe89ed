package se.rln.gateway.routing;

import java.util.Arrays;
import java.util.List;

/**
 * An OpenAPI path template such as {@code /api/v1/events/{id}/stats}, matched segment by
 * segment. Two templates are the same route when they differ only in parameter names.
 */
public record RouteTemplate(String template, List<String> segments) {

    public static RouteTemplate of(String template) {
        return new RouteTemplate(template, Arrays.asList(split(template)));
    }

    /** The template with parameter names erased: what makes two templates the same route. */
    public String shape() {
        return String.join("/", segments.stream().map(s -> isParameter(s) ? "{}" : s).toList());
    }

    /** Literal segments win over parameters: the more literals, the more specific. */
    public int specificity() {
        return (int) segments.stream().filter(s -> !isParameter(s)).count();
    }

    public boolean matches(String[] path) {
        if (path.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < path.length; i++) {
            String s = segments.get(i);
            if (!isParameter(s) && !s.equals(path[i])) {
                return false;
            }
            if (isParameter(s) && path[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
