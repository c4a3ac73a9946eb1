package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged service seen through a real browser: Swagger UI loads, and its built-in examples
 * work as they are when a person presses "Try it out" and "Execute". Screenshots land in
 * target/swagger-ui/.
 */
@QuarkusIntegrationTest
class SwaggerUiBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "swagger-ui");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    /** Per test, so that a missing browser shows as skipped tests (a class-level skip is miscounted). */
    @BeforeEach
    void startBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        if (browser == null) {
            browser = HeadlessChromium.start(SCREENSHOTS.resolve("profiles"));
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldRenderTheContractInSwaggerUi() throws Exception {
        SwaggerUiPage page = new SwaggerUiPage(browser).open(baseUrl());
        page.screenshot(SCREENSHOTS.resolve("overview.png"));

        assertThat(page.title()).contains("backspasm API");
        assertThat(page.operations()).contains("GET /api/v1/causes/{id}", "POST /api/v1/assessments",
                "POST /api/v1/interpretations");
    }

    @Test
    void shouldFetchACauseWithTheExampleId() throws Exception {
        SwaggerUiPage page = new SwaggerUiPage(browser).open(baseUrl());

        SwaggerUiPage.Execution execution = page.execute("GET", "/api/v1/causes/{id}");
        page.screenshot(execution, SCREENSHOTS.resolve("get-cause.png"));

        assertThat(execution.status()).isEqualTo("200");
        assertThat(execution.body()).contains("\"remedyIds\"");
    }

    @Test
    void shouldAssessTheExampleCase() throws Exception {
        SwaggerUiPage page = new SwaggerUiPage(browser).open(baseUrl());

        SwaggerUiPage.Execution execution = page.execute("POST", "/api/v1/assessments");
        page.screenshot(execution, SCREENSHOTS.resolve("post-assessment.png"));

        assertThat(execution.status()).isEqualTo("200");
        assertThat(execution.body()).contains("\"triage\"", "\"causes\"", "\"complete\"");
    }

    @Test
    void shouldInterpretTheExampleText() throws Exception {
        SwaggerUiPage page = new SwaggerUiPage(browser).open(baseUrl());

        SwaggerUiPage.Execution execution = page.execute("POST", "/api/v1/interpretations");
        page.screenshot(execution, SCREENSHOTS.resolve("post-interpretation.png"));

        assertThat(execution.status()).isEqualTo("200");
        assertThat(execution.body()).contains("\"findings\"", "\"case\"");
    }

    @Test
    void shouldCallTheRedFlagCdsServiceWithTheExampleRecord() throws Exception {
        SwaggerUiPage page = new SwaggerUiPage(browser).open(baseUrl());

        SwaggerUiPage.Execution execution = page.execute("POST", "/cds-services/{id}");
        page.screenshot(execution, SCREENSHOTS.resolve("post-cds-service.png"));

        assertThat(execution.status()).isEqualTo("200");
        assertThat(execution.body()).contains("\"cards\"", "\"warning\"");
    }

    private String baseUrl() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
