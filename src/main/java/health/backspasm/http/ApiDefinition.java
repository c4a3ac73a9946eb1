package health.backspasm.http;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document's own description: title, version, disclaimer, contact and the tags of
 * every feature. The document is generated from the code's annotations; openapi/openapi.yaml is
 * a copy that OpenApiContractTest keeps equal to it. (SmallRye OpenAPI reads this annotation from
 * the JAX-RS application class; the class adds no configuration of its own.)
 */
@OpenAPIDefinition(
        info = @Info(
                title = "backspasm API",
                version = "1.0.0",
                description = """
                        Guidance about back muscle spasms for partner apps and chatbot backends: a catalogue of \
                        everything the service knows (findings, causes, remedies, red flags, each with its sources), \
                        red-flag screening, cause assessment with a stateless interview, and free-text interpretation.

                        **backspasm gives general guidance, not a diagnosis or a treatment plan.** It cannot examine \
                        anyone. Show its advice with the disclaimer of `GET /api/v1/knowledge`.

                        Every error is an RFC 9457 problem (`application/problem+json`) with a stable `type` URI \
                        under https://backspasm.health/problems/.

                        Every response carries `X-Request-Id`: the caller's own `X-Request-Id` when it is 1 to 64 \
                        letters, digits, `-`, `_`, `.` or `:` (send an opaque id such as a UUID, never anything about \
                        a person: the id is logged), else one the service makes up; problems repeat it as \
                        `requestId`. Every `/api` response carries `X-Knowledge-Version`, the version of the \
                        knowledge model that answered. JSON and problem responses of 1 KB or more are compressed \
                        for clients that send `Accept-Encoding` (gzip or deflate), with `Vary: Accept-Encoding`.""",
                contact = @Contact(name = "backspasm maintainers", url = "https://backspasm.health")),
        tags = {
                @Tag(name = "Catalogue", description = "Read-only, cacheable: the knowledge model and its entries")
        })
public class ApiDefinition extends Application {
}
