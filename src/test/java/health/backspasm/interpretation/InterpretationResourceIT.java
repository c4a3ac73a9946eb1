package health.backspasm.interpretation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class InterpretationResourceIT extends InterpretationResourceTest {
}
