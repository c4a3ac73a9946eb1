package health.backspasm.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps bodies within {@code quarkus.http.limits.max-body-size} and answers a larger one with a 413
 * problem. Quarkus REST enforces the same limit itself, but with a bare 413 and no body; so a body
 * that declares its length is checked here before anything is read, and a chunked body (no declared
 * length) is read by Vert.x' {@link BodyHandler} with the limit, whose refusal becomes the problem.
 * Quarkus REST then takes the body that BodyHandler read.
 *
 * <p>A body must also arrive whole within {@code backspasm.http.body-timeout} of its headers: a
 * client that stalls or trickles a body (or sends a chunked one that never ends) would otherwise hold
 * its connection and the bytes read so far for as long as it keeps sending something. Past the
 * deadline the answer is a 408 problem and the connection is closed.
 */
@ApplicationScoped
class BodyLimits {

    /** After the partner key and rate limit checks (250), so strangers cost no body read. */
    private static final int PRIORITY = 240;
    /** Ahead of Quarkus' own failure handler, which would answer a bare 413. */
    private static final int FAILURE_ORDER = -1000;

    private final EdgeProblems problems;
    private final long maxBodyBytes;
    private final BodyHandler chunkedBodies;
    private final long bodyTimeoutMillis;

    BodyLimits(EdgeProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            HttpLimitsConfig limits) {
        this.problems = problems;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        this.bodyTimeoutMillis = Math.max(1, limits.bodyTimeout().toMillis());
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void registerFailureHandler(@Observes Router router) {
        router.route().order(FAILURE_ORDER).failureHandler(this::onFailure);
    }

    void limit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared = declaredLength(length);
            if (declared > maxBodyBytes) {
                tooLarge(rc);
            } else {
                if (declared > 0) {
                    deadline(rc);
                }
                rc.next();
            }
            return;
        }
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            deadline(rc);
            chunkedBodies.handle(rc);
        } else {
            rc.next();
        }
    }

    /** Answers 408 and closes the connection if the body is not whole within the timeout. */
    private void deadline(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            return;
        }
        long timer = rc.vertx().setTimer(bodyTimeoutMillis, fired -> {
            if (request.isEnded()) {
                return;
            }
            if (rc.response().ended() || rc.response().headWritten()) {
                request.connection().close();
                return;
            }
            if (request.version() != HttpVersion.HTTP_2) {
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            problems.send(rc, EdgeProblems.bodyTimeout(Duration.ofMillis(bodyTimeoutMillis)));
        });
        rc.addEndHandler(ended -> rc.vertx().cancelTimer(timer));
    }

    void onFailure(RoutingContext rc) {
        if (rc.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status() && rc.failure() == null) {
            tooLarge(rc);
        } else {
            rc.next();
        }
    }

    private void tooLarge(RoutingContext rc) {
        if (rc.request().version() != HttpVersion.HTTP_2) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        problems.send(rc, EdgeProblems.payloadTooLarge(maxBodyBytes));
    }

    private static long declaredLength(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
