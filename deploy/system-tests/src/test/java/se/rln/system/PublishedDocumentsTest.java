package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documents the gateway publishes, checked by tools nobody here wrote, as integrators
 * would: Redocly's OpenAPI linter with its recommended rules on the merged {@code /openapi}, and
 * the reference AsyncAPI parser on {@code /asyncapi} — no error from either.
 */
class PublishedDocumentsTest {

    private static final Path TOOLS = Path.of("contract-tools").toAbsolutePath();
    private static final Path OUT = Path.of("target", "published").toAbsolutePath();
    private static String gateway;

    @BeforeAll
    static void tools() throws Exception {
        gateway = Suite.gateway();
        if (!Files.isDirectory(TOOLS.resolve("node_modules"))) {
            Process ci = run("npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, ci.exitValue(), "npm ci: " + output(ci));
        }
        Files.createDirectories(OUT);
    }

    @Test
    void theMergedOpenApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        Path document = OUT.resolve("openapi.json");
        Files.writeString(document, given().baseUri(gateway).accept("application/json").get("/openapi").then()
                .statusCode(200).extract().asString(), StandardCharsets.UTF_8);
        Process lint = run("npx", "--no-install", "redocly", "lint", "--extends", "recommended", "--format", "stylish",
                document.toString());
        String out = output(lint);
        assertEquals(0, lint.exitValue(), out);
        assertTrue(out.contains("validated"), out);
    }

    @Test
    void theAsyncApiDocumentParsesWithoutErrors() throws Exception {
        Path document = OUT.resolve("asyncapi.yaml");
        Files.writeString(document, given().baseUri(gateway).queryParam("format", "yaml").get("/asyncapi").then()
                .statusCode(200).extract().asString(), StandardCharsets.UTF_8);
        Process parse = run("node", "parse-asyncapi.mjs", document.toString());
        String out = output(parse);
        assertEquals(0, parse.exitValue(), out);
        assertTrue(out.contains("0 errors") && out.contains("messages"), out);
    }

    /** Runs a command in the tools' directory, its output to a file (a full pipe cannot stall it). */
    private static Process run(String... command) throws Exception {
        Path log = Files.createTempFile("contract-tool", ".log");
        Process p = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " finished");
        LOGS.put(p, log);
        return p;
    }

    private static String output(Process p) throws Exception {
        return Files.readString(LOGS.remove(p), StandardCharsets.UTF_8);
    }

    private static final java.util.Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();
}
