package health.backspasm.catalogue;

import health.backspasm.http.Compression;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Serves the catalogue's ready-made bodies compressed, to clients that accept gzip: each body is
 * compressed once ({@link Compression#gzipped}) and the compressed bytes are sent as they are, with
 * {@code Content-Encoding: gzip} (set by {@link Compression} as the headers leave), so that Vert.x does not
 * compress them again on every request.
 */
class CatalogueCompression {

    private final Compression compression;
    private final CurrentVertxRequest vertxRequest;

    CatalogueCompression(Compression compression, CurrentVertxRequest vertxRequest) {
        this.compression = compression;
        this.vertxRequest = vertxRequest;
    }

    @ServerResponseFilter
    void compress(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() != CatalogueResource.class
                || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)
                || !Compression.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))
                || !isHttp1()) {
            return;
        }
        byte[] gzipped = compression.gzipped(body);
        if (gzipped != null) {
            response.setEntity(gzipped);
            response.getHeaders().putSingle(Compression.PRECOMPRESSED, "gzip");
        }
    }

    /**
     * Over HTTP/2 (h2c, as the JDK's HttpClient asks by default), Netty's compressor reads a
     * {@code Content-Encoding: gzip} as an order to compress, not as a label, and would gzip the bytes
     * again; there the plain body goes out and Vert.x compresses it as it does any other answer.
     */
    private boolean isHttp1() {
        RoutingContext current = vertxRequest.getCurrent();
        return current != null && current.request().version() != HttpVersion.HTTP_2;
    }
}
