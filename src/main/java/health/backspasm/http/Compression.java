package health.backspasm.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compression of JSON and problem responses for clients that ask for it ({@code Accept-Encoding}).
 * Vert.x compresses what the application writes ({@code quarkus.http.enable-compression} and
 * {@code compress-media-types} in application.properties); this class adds what it lacks:
 * <ul>
 * <li>a floor: a response of fewer than {@value #MIN_BYTES} bytes is sent as it is, since compressing
 * it costs CPU and saves next to nothing;</li>
 * <li>{@code Vary: Accept-Encoding} on every JSON and problem response, so that a shared cache does
 * not hand a compressed body to a client that cannot read it (the catalogue's are public);</li>
 * <li>{@link #gzipped}: bodies that never change (the catalogue's) compressed once, at the best level,
 * and the compressed bytes kept, so that serving them costs no compression at all.</li>
 * </ul>
 */
@ApplicationScoped
public class Compression {

    /** Smaller responses are not worth compressing (a problem of a few hundred bytes, a 304). */
    public static final int MIN_BYTES = 1024;
    static final String GZIP = "gzip";
    /**
     * Internal marker, never sent: a JAX-RS response whose body is already gzipped sets it (the JAX-RS
     * headers are added beside Quarkus' own {@code Content-Encoding: identity}, which would hide a
     * Content-Encoding set there), and the headers-end handler turns it into {@code Content-Encoding: gzip}.
     */
    public static final String PRECOMPRESSED = "X-Backspasm-Precompressed";

    /** Runs early, so that its headers-end handler sees the final headers of whatever answers. */
    private static final int PRIORITY = 9_000;

    /** Keyed by the body's identity (arrays do not override equals): one entry per ready-made body. */
    private final Map<byte[], byte[]> gzipped = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(ended -> beforeHeaders(rc.response().headers()));
        rc.next();
    }

    static void beforeHeaders(MultiMap headers) {
        String precompressed = headers.get(PRECOMPRESSED);
        if (precompressed != null) {
            headers.remove(PRECOMPRESSED);
        }
        if (!isJson(headers.get(HttpHeaders.CONTENT_TYPE))) {
            return;
        }
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (precompressed != null) {
            // Already gzipped: say so, replacing the identity that Quarkus puts on every response at first,
            // so that nothing compresses it again.
            headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
            return;
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isSmall(length)) {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        } else if (HttpHeaders.IDENTITY.toString().equals(headers.get(HttpHeaders.CONTENT_ENCODING))) {
            // Quarkus lifts its identity default only for what a resource method produces; a problem written by
            // an exception mapper keeps it. Lifted here, Vert.x compresses it for a client that asks.
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * The body compressed with gzip, made once per body and kept: for bodies built once and never
     * changed, such as the catalogue's. Null when compressing it is not worth it (small, or no smaller).
     */
    public byte[] gzipped(byte[] body) {
        if (body.length < MIN_BYTES) {
            return null;
        }
        byte[] compressed = gzipped.computeIfAbsent(body, Compression::gzip);
        return compressed.length < body.length ? compressed : null;
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip: named (or {@code *}) without {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if (!name.equalsIgnoreCase(GZIP) && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase();
                if (parameter.startsWith("q=")) {
                    refused = isZero(parameter.substring(2).trim());
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(String q) {
        try {
            return Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        String type = (end < 0 ? contentType : contentType.substring(0, end)).trim();
        return type.equalsIgnoreCase("application/json") || type.equalsIgnoreCase(Problem.MEDIA_TYPE);
    }

    private static boolean isSmall(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) < MIN_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
