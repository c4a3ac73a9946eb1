package health.backspasm.answers;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AnswersResourceIT extends AnswersResourceTest {
}
