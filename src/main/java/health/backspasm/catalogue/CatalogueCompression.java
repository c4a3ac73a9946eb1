package health.backspasm.catalogue;

import health.backspasm.http.Compression;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Serves the catalogue's ready-made bodies compressed, to clients that accept gzip: each body is
 * compressed once ({@link Compression#gzipped}) and the compressed bytes are sent as they are, with
 * {@code Content-Encoding: gzip} (set by {@link Compression} as the headers leave), so that Vert.x does not
 * compress them again on every request. Called by the resource, not run as a response filter: any
 * response filter makes Quarkus REST build a full {@code Response} for every answer of the service.
 */
@ApplicationScoped
class CatalogueCompression {

    private final Compression compression;
    private final CurrentVertxRequest vertxRequest;

    CatalogueCompression(Compression compression, CurrentVertxRequest vertxRequest) {
        this.compression = compression;
        this.vertxRequest = vertxRequest;
    }

    /** A 200 with the body, gzipped once and for all when the current request accepts gzip over HTTP/1. */
    Response.ResponseBuilder ok(byte[] body) {
        RoutingContext current = vertxRequest.getCurrent();
        if (current != null && isHttp1(current)
                && Compression.acceptsGzip(current.request().getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            byte[] gzipped = compression.gzipped(body);
            if (gzipped != null) {
                return Response.ok(gzipped, MediaType.APPLICATION_JSON_TYPE).header(Compression.PRECOMPRESSED, "gzip");
            }
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Over HTTP/2 (h2c, as the JDK's HttpClient asks by default), Netty's compressor reads a
     * {@code Content-Encoding: gzip} as an order to compress, not as a label, and would gzip the bytes
     * again; there the plain body goes out and Vert.x compresses it as it does any other answer.
     */
    private static boolean isHttp1(RoutingContext current) {
        return current.request().version() != HttpVersion.HTTP_2;
    }
}
