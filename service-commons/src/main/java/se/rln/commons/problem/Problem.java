package se.rln.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, as every service answers errors ({@code application/problem+json}).
 * {@code violations} and {@code requestId} are extension members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:rln:problem:validation") URI type,
        @Schema(examples = "Request is invalid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "endsAt: must be after startsAt") String detail,
        @Schema(examples = "/api/v1/events") String instance,
        List<Violation> violations,
        @Schema(examples = "7f7e1b0a-3c0e-4a4e-9d51-0d8f0f3e4d1a") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static URI type(String slug) {
        return URI.create("urn:rln:problem:" + slug);
    }
}
