package se.rln.bench;

import java.util.List;
import java.util.UUID;
import se.rln.commons.testing.TestTokens;

/** The same GET straight to events-service and through the gateway, with wrk. */
final class OverheadBench {

    private OverheadBench() {
    }

    static void run(BenchSuite suite, Fixtures fixtures, Report report, int seconds) throws Exception {
        String event = fixtures.publishedDay("Gatewaymätning", 60, false);
        String token = TestTokens.coordinator(UUID.fromString(fixtures.host));
        String path = "/api/v1/events/" + event;
        Wrk.get(suite.url("events") + path, token, 4, 5); // warm both paths' JIT before measuring
        Wrk.get(suite.gatewayUrl() + path, token, 4, 5);
        Wrk.Result direct = Wrk.get(suite.url("events") + path, token, 1, seconds);
        Wrk.Result gateway = Wrk.get(suite.gatewayUrl() + path, token, 1, seconds);
        Wrk.Result directLoaded = Wrk.get(suite.url("events") + path, token, 16, seconds);
        Wrk.Result gatewayLoaded = Wrk.get(suite.gatewayUrl() + path, token, 16, seconds);
        double median = (gateway.p50Ms() - direct.p50Ms()) / direct.p50Ms() * 100;
        double p99 = gateway.p99Ms() - direct.p99Ms();
        report.figure("Gateway overhead, median (one connection)", Report.f("+%.0f %% (%s → %s)", median,
                Report.ms(direct.p50Ms()), Report.ms(gateway.p50Ms())), "≤ 10 %", median <= 10);
        report.figure("Gateway overhead, p99 added (one connection)", Report.f("+%s", Report.ms(p99)), "≤ 2 ms", p99 <= 2);
        report.heading("Gateway overhead")
                .line("`GET /api/v1/events/{id}` with a coordinator's token, straight to events-service and through the "
                        + "gateway (routing, JWT check, rate-limit bucket, circuit breaker, request id, proxying). One "
                        + "connection shows the added latency; 16 connections show throughput when both share the 2 cores.")
                .table(List.of("Path", "Connections", "p50", "p99", "Requests/s"), List.of(
                        List.of("direct", "1", Report.ms(direct.p50Ms()), Report.ms(direct.p99Ms()),
                                Report.f("%.0f", direct.requestsPerSecond())),
                        List.of("gateway", "1", Report.ms(gateway.p50Ms()), Report.ms(gateway.p99Ms()),
                                Report.f("%.0f", gateway.requestsPerSecond())),
                        List.of("direct", "16", Report.ms(directLoaded.p50Ms()), Report.ms(directLoaded.p99Ms()),
                                Report.f("%.0f", directLoaded.requestsPerSecond())),
                        List.of("gateway", "16", Report.ms(gatewayLoaded.p50Ms()), Report.ms(gatewayLoaded.p99Ms()),
                                Report.f("%.0f", gatewayLoaded.requestsPerSecond()))))
                .line("Tool: `%s`.", gateway.command());
    }
}
