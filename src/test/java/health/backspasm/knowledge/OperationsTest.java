package health.backspasm.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The operations endpoints: liveness, readiness with the knowledge check, Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Inject
    Knowledge knowledge;

    @Inject
    KnowledgeLoadedRecorder loadedEvents;

    @Inject
    BeanManager beans;

    @Test
    void shouldBeLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldBeReadyWithTheLoadedKnowledgeNamed() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("knowledge"))
                .body("checks.find { it.name == 'knowledge' }.data.version", equalTo(knowledge.version()))
                .body("checks.find { it.name == 'knowledge' }.data.sha256", equalTo(knowledge.contentHash()));
    }

    @Test
    void shouldAnnounceTheLoadedKnowledgeOnceOnItsLoadingThreadSoThatTheBeansBuiltFromItAreBuiltThere() {
        assertThat(loadedEvents.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.knowledge()).isSameAs(knowledge);
            assertThat(seen.threadName()).isEqualTo("knowledge-loader");
        });
    }

    @Test
    void shouldBuildTheCatalogueAndTheInterpreterFromTheLoadedKnowledgeEvent() {
        assertThat(beans.resolveObserverMethods(new KnowledgeLoaded(knowledge)))
                .extracting(ObserverMethod::getBeanClass)
                .extracting(Class::getName)
                .contains("health.backspasm.catalogue.Catalogue", "health.backspasm.interpretation.Interpreter");
    }

    @Test
    void shouldExposePrometheusMetricsOfTheHttpServer() {
        given().get("/api/v1/knowledge").then().statusCode(200);

        given().accept("text/plain").get("/q/metrics").then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/knowledge\""));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
