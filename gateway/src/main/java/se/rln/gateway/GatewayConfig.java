package se.rln.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings ({@code rln.gateway.*}). */
@ConfigMapping(prefix = "rln.gateway")
public interface GatewayConfig {

    /** The URL clients reach the gateway at; the merged OpenAPI's server. */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /** The services behind the gateway, by name (events, participants, scenario). */
    Map<String, Service> services();

    /** How often the services' OpenAPI documents are fetched again. */
    @WithDefault("30s")
    Duration refresh();

    /** Time allowed to wait for a backend's answer, between bytes. */
    @WithDefault("30s")
    Duration timeout();

    /** Time allowed for roster uploads. */
    @WithDefault("120s")
    Duration uploadTimeout();

    /** Time allowed to connect to a backend before it counts as down. */
    @WithDefault("500ms")
    Duration connectTimeout();

    /** Largest request body; larger answers 413 before it reaches a service. */
    @WithDefault("6000000")
    long maxBodyBytes();

    /** Connections kept per backend service for ordinary requests. */
    @WithDefault("200")
    int maxConnectionsPerService();

    /**
     * Connections for Server-Sent Events streams (a workshop's live view), a pool of their own:
     * every open stream holds one for as long as it is open, so streams can never starve
     * ordinary requests of connections.
     */
    @WithDefault("2000")
    int maxStreamConnectionsPerService();

    /** Streams one token subject (or one IP, anonymously) may hold open at once; more answer 429. */
    @WithDefault("10")
    int maxStreamsPerClient();

    Limits limits();

    Passes passes();

    /**
     * Workshop passes: tokens scenario-service signs with its own key for browsers in a workshop
     * room, verified here with the public half and let through to scenario-service only.
     */
    interface Passes {
        /** The passes' public key (PEM location, e.g. file:/run/keys/pass-public.pem); none: pass tokens are refused. */
        Optional<String> publicKey();

        @WithDefault("https://rln.local/scenario-service/passes")
        String issuer();
    }

    /** One backend service. */
    interface Service {
        /** Base URL, e.g. http://127.0.0.1:8081. */
        String url();
    }

    /** Requests per client (token subject, or IP when anonymous) and minute. */
    interface Limits {
        @WithDefault("600")
        int perMinute();

        /** The stricter bucket for roster sync. */
        @WithDefault("20")
        int rosterPerMinute();
    }
}
