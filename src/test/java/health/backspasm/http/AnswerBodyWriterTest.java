package health.backspasm.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Answers leave whole, with a Content-Length, not in chunks: Quarkus' own writer streamed JSON through an
 * 8 KiB buffer, so that an assessment of about 15 KB went out in two chunks, one write each. Problems made
 * anywhere in Quarkus REST carry the request's id. The JDK's client shows the headers as sent.
 */
@QuarkusTest
class AnswerBodyWriterTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A mid-interview case whose answer is well over 8 KiB: pending red-flag questions with their findings. */
    private static final String CASE = """
            {"findings":[{"id":"pain.lower_back","state":"present"},{"id":"onset.gradual","state":"present"}]}""";

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldSendALongAnswerWholeWithItsContentLength() throws Exception {
        HttpResponse<byte[]> answer = post("api/v1/assessments", CASE);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).isGreaterThan(8 * 1024);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(JSON.readTree(answer.body()).path("triage").path("level").asText()).isNotEmpty();
    }

    @Test
    void shouldGiveAProblemFromAResourceTheRequestIdOfItsHeader() throws Exception {
        HttpResponse<byte[]> problem = post("api/v1/assessments", "{\"findings\":[{\"id\":\"no.such\",\"state\":\"present\"}]}");

        assertThat(problem.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(problem.body());
        assertThat(body.path("requestId").asText()).isNotEmpty()
                .isEqualTo(problem.headers().firstValue(RequestIds.HEADER).orElseThrow());
        assertThat(problem.headers().firstValueAsLong("Content-Length")).hasValue(problem.body().length);
    }

    private HttpResponse<byte[]> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
