package health.backspasm.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No HTTP/2 over clear text (h2c) on the plain HTTP port. With it, the server cannot tell a new
 * connection's protocol until the client sends its first bytes, and Quarkus counts a connection
 * against {@code quarkus.http.limits.max-connections} only from then: a client could open any number
 * of silent connections, up to the process's file limit, each held until the idle timeout. Without
 * h2c every connection is counted from its start. HTTP/2 over TLS (ALPN) is unaffected; clients and
 * proxies speak HTTP/1.1 to this port.
 */
@ApplicationScoped
class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
