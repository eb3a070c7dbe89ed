package se.rln.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A REST Assured filter that holds every exchange of every test to the document the server
 * publishes: the gateway's merged {@code /openapi}, or a service's own {@code /q/openapi} (which
 * {@link OpenApiDocumentContract} keeps identical to the stored {@code api/openapi.json}). A
 * response whose status, media type or body the document does not describe, or a request the
 * server accepted that the document would refuse, fails the test.
 */
public final class ContractValidation implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Optional<OpenApiContract>> CONTRACTS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        Optional<OpenApiContract> contract = contractOf(uri);
        if (contract.isEmpty()) {
            return answer;
        }
        Optional<OpenApiContract.Operation> op = contract.get().operation(request.getMethod(), uri.getRawPath());
        if (op.isEmpty()) {
            return answer;
        }
        List<String> problems = new ArrayList<>();
        String body = streaming(answer) ? null : answer.asString();
        problems.addAll(contract.get().checkResponse(op.get(), answer.statusCode(), answer.contentType(), body));
        if (answer.statusCode() / 100 == 2 && request.getBody() != null) {
            Object sent = request.getBody();
            String text = sent instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : sent.toString();
            problems.addAll(contract.get().checkAcceptedRequest(op.get(), request.getContentType(), text));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("the exchange does not match the published OpenAPI document:\n  "
                    + String.join("\n  ", problems));
        }
        return answer;
    }

    private static boolean streaming(Response answer) {
        String type = answer.contentType();
        return type != null && type.startsWith("text/event-stream");
    }

    /** The document of the server at {@code uri}: /openapi (the gateway), else /q/openapi (a service). */
    private static Optional<OpenApiContract> contractOf(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return CONTRACTS.computeIfAbsent(origin, o -> {
            for (String path : List.of("/openapi", "/q/openapi?format=json")) {
                try {
                    HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(o + path))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (doc.statusCode() == 200) {
                        JsonNode node = JSON.readTree(doc.body());
                        if (node.has("paths")) {
                            return Optional.of(new OpenApiContract(o, node));
                        }
                    }
                } catch (Exception e) {
                    // not a server of ours (or not up yet): nothing to hold it to
                }
            }
            return Optional.empty();
        });
    }
}
