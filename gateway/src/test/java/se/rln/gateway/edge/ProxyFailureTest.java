package se.rln.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** A forwarded call's failure is judged by its type, never by the words of its message. */
class ProxyFailureTest {

    @Test
    void theIdleTimeoutOfAForwardedCallIsATimeout() {
        ProxyFailure failure = ProxyFailure.of(new NoStackTraceTimeoutException(
                "The timeout period of 30000ms has been exceeded while executing GET /api/v1/events"));
        assertEquals(ProxyFailure.TIMED_OUT, failure);
        assertEquals(504, failure.problem("events-service").status());
    }

    @Test
    void aTimeoutWrappedByVertxIsStillATimeout() {
        assertEquals(ProxyFailure.TIMED_OUT, ProxyFailure.of(new VertxException(new NoStackTraceTimeoutException("idle"))));
    }

    @Test
    void aServiceThatCannotBeReachedIsUnavailableEvenWhenTheConnectAttemptTimedOut() {
        assertEquals(ProxyFailure.UNREACHABLE, ProxyFailure.of(new ConnectException("Connection refused")));
        ProxyFailure connect = ProxyFailure.of(new ConnectTimeoutException("connection timed out after 2000 ms"));
        assertEquals(ProxyFailure.UNREACHABLE, connect);
        assertEquals(503, connect.problem("events-service").status());
    }

    @Test
    void aMessageThatMentionsATimeoutDoesNotMakeOne() {
        assertEquals(ProxyFailure.UNREACHABLE, ProxyFailure.of(new IOException("socket read timeout setting is invalid")));
    }
}
