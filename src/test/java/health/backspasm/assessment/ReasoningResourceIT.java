package health.backspasm.assessment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The screening and assessment tests against the packaged jar. */
@QuarkusIntegrationTest
class ReasoningResourceIT extends ReasoningResourceTest {
}
