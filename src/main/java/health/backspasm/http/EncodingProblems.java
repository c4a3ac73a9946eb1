package health.backspasm.http;

import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body whose bytes are not text in the encoding Jackson detected (a UTF-32 byte-order mark
 * followed by a stray byte, say) fails with {@link CharConversionException}, an I/O error rather than
 * a JSON one, which would otherwise be a 500. It is the caller's bad body: a 400.
 */
class EncodingProblems {

    @ServerExceptionMapper
    Response undecodable(CharConversionException e) {
        return Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON text: send it in UTF-8.")
                .toResponse();
    }
}
