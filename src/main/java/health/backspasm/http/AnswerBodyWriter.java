package health.backspasm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes the service's answers (its records: screenings, assessments, interpretations, problems...) as
 * JSON with the application's {@link ObjectMapper}, the same one Quarkus' own writer uses, into one
 * array, then sends it whole with a {@code Content-Length}. Quarkus' writer streams the JSON through an
 * 8 KiB buffer, so that an answer longer than that (a typical assessment is about 15 KB) went out in
 * chunks, one write each. Chosen over Quarkus' writer for {@code Object} because {@link Record} is the
 * more specific type. The bytes are those Quarkus' writer produced (pinned by the answers' tests).
 *
 * <p>A {@link Problem} leaves with the request's id ({@link RequestIds}) whichever resource, mapper or
 * framework refusal made it (problems written straight from Vert.x, {@link EdgeProblems} and
 * {@link FallbackRoutes}, add it themselves). Added here rather than by a response filter, whose mere
 * presence makes Quarkus REST build a full {@code Response} for every answer.
 */
@Provider
@Produces({ MediaType.APPLICATION_JSON, "application/*+json", "text/json" })
class AnswerBodyWriter implements ServerMessageBodyWriter<Record> {

    private final ClassValue<ObjectWriter> writers;

    AnswerBodyWriter(ObjectMapper json) {
        this.writers = new ClassValue<>() {
            @Override
            protected ObjectWriter computeValue(Class<?> type) {
                return json.writerFor(type);
            }
        };
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public void writeResponse(Record answer, Type genericType, ServerRequestContext context) throws IOException {
        context.serverResponse().end(bytes(answer));
    }

    @Override
    public void writeTo(Record answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        entity.write(bytes(answer));
    }

    private byte[] bytes(Record answer) throws IOException {
        Record written = answer instanceof Problem problem && problem.requestId() == null
                ? problem.withRequestId(RequestIds.current())
                : answer;
        return writers.get(written.getClass()).writeValueAsBytes(written);
    }

    private static boolean isOurs(Class<?> type) {
        return type != null && type.isRecord() && type.getName().startsWith("health.backspasm.");
    }
}
