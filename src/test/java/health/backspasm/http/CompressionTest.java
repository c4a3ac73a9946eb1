package health.backspasm.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * JSON and problem responses are compressed for clients that ask, above a small size, with Vary; the
 * catalogue's ready-made bodies are compressed once and kept. The JDK's HTTP client is used because it
 * neither asks for compression nor undoes it by itself, so the test sees the bytes on the wire.
 */
@QuarkusTest
class CompressionTest {

    /** HTTP/1.1, as most partners' clients and every proxy in front of the service speak. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** HTTP/2 over cleartext (h2c), which the JDK's client asks for by default. */
    private static final HttpClient HTTP2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    @Inject
    Compression compression;

    @Test
    void shouldServeTheCatalogueCompressedToAClientThatAcceptsGzipAndPlainToOthers() throws Exception {
        for (String path : List.of("api/v1/causes", "api/v1/findings", "api/v1/remedies?phase=acute",
                "api/v1/knowledge")) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> gzipped = get(path, "gzip, deflate, br");
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as(path).anyMatch(v -> v.equalsIgnoreCase("accept-encoding"));
            assertThat(plain.headers().allValues("Vary")).as(path).anyMatch(v -> v.equalsIgnoreCase("accept-encoding"));
            assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
            assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
            assertThat(gzipped.headers().firstValue(Compression.PRECOMPRESSED)).isEmpty();
        }
    }

    @Test
    void shouldCompressTheCatalogueOnceOverHttp2Too() throws Exception {
        HttpResponse<byte[]> plain = get("api/v1/causes", null);
        HttpResponse<byte[]> http2 = HTTP2.send(HttpRequest.newBuilder(root.resolve("api/v1/causes"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(http2.statusCode()).isEqualTo(200);
        assertThat(http2.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(http2.body())).isEqualTo(plain.body());
    }

    @Test
    void shouldNotCompressForAClientThatRefusesGzip() throws Exception {
        for (String refusal : List.of("gzip;q=0", "identity", "br", "gzip; q=0.0, identity")) {
            HttpResponse<byte[]> response = get("api/v1/causes", refusal);
            assertThat(response.headers().firstValue("Content-Encoding")).as(refusal)
                    .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).contains("identity"));
            JSON.readTree(response.body());
        }
    }

    @Test
    void shouldCompressEachCatalogueBodyOnceAndKeepIt() {
        byte[] body = ("[" + "{\"id\":\"x\"},".repeat(200) + "{}]").getBytes(StandardCharsets.UTF_8);
        byte[] first = compression.gzipped(body);
        assertThat(first).isNotNull();
        assertThat(compression.gzipped(body)).isSameAs(first);
        assertThat(compression.gzipped("{\"small\":true}".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void shouldCompressAReasoningAnswerAndGiveTheSameJson() throws Exception {
        String body = Files.readString(Path.of("src", "bench", "bodies", "case-12-findings.json"));
        HttpResponse<byte[]> plain = post("api/v1/assessments", body, null);
        HttpResponse<byte[]> gzipped = post("api/v1/assessments", body, "gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(JSON.readTree(gunzip(gzipped.body()))).isEqualTo(JSON.readTree(plain.body()));
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void shouldSendASmallProblemAsItIsButCompressALargeOne() throws Exception {
        HttpResponse<byte[]> small = get("api/v1/causes/cause.nothing", "gzip");
        assertThat(small.statusCode()).isEqualTo(404);
        assertThat(small.body().length).isLessThan(Compression.MIN_BYTES);
        assertThat(small.headers().firstValue("Content-Encoding"))
                .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).contains("identity"));
        JSON.readTree(small.body());
        HttpResponse<byte[]> smallEntry = get("api/v1/sources/source.nice_ng59", "gzip");
        assertThat(smallEntry.statusCode()).isEqualTo(200);
        assertThat(smallEntry.body().length).isLessThan(Compression.MIN_BYTES);
        assertThat(smallEntry.headers().firstValue("Content-Encoding"))
                .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).contains("identity"));
        JSON.readTree(smallEntry.body());

        StringBuilder findings = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            findings.append(i == 0 ? "" : ",").append("{\"id\":\"unknown.finding_").append(i).append("\",\"state\":\"present\"}");
        }
        HttpResponse<byte[]> large = post("api/v1/screenings", "{\"findings\":[" + findings + "]}", "gzip");
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
        assertThat(large.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(JSON.readTree(gunzip(large.body())).path("errors").size()).isEqualTo(60);
    }

    @Test
    void shouldReadAcceptEncodingAsRfc9110Says() {
        assertThat(Compression.acceptsGzip("gzip")).isTrue();
        assertThat(Compression.acceptsGzip("GZIP;q=0.5")).isTrue();
        assertThat(Compression.acceptsGzip("deflate, gzip;q=1.0, *;q=0.5")).isTrue();
        assertThat(Compression.acceptsGzip("*")).isTrue();
        assertThat(Compression.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Compression.acceptsGzip("gzip;q=0.000")).isFalse();
        assertThat(Compression.acceptsGzip("deflate, br")).isFalse();
        assertThat(Compression.acceptsGzip("x-gzip2")).isFalse();
        assertThat(Compression.acceptsGzip("")).isFalse();
        assertThat(Compression.acceptsGzip(null)).isFalse();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String body, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
