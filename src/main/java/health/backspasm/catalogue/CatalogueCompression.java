package health.backspasm.catalogue;

import health.backspasm.http.Compression;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Serves the catalogue's ready-made bodies compressed, to clients that accept gzip: each body is
 * compressed once ({@link Compression#gzipped}) and the compressed bytes are sent as they are, with
 * {@code Content-Encoding: gzip}, so that Vert.x does not compress them again on every request.
 */
class CatalogueCompression {

    private final Compression compression;

    CatalogueCompression(Compression compression) {
        this.compression = compression;
    }

    @ServerResponseFilter
    void compress(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() != CatalogueResource.class
                || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)
                || !Compression.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            return;
        }
        byte[] gzipped = compression.gzipped(body);
        if (gzipped != null) {
            response.setEntity(gzipped);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
    }
}
