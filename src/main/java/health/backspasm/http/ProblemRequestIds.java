package health.backspasm.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the request's id ({@link RequestIds}) to every problem body that leaves through Quarkus REST,
 * whichever resource, mapper or framework refusal made it. Problems written straight from Vert.x
 * ({@link EdgeProblems}, {@link FallbackRoutes}) add it themselves.
 */
class ProblemRequestIds {

    @ServerResponseFilter
    void addRequestId(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(RequestIds.current()));
        }
    }
}
