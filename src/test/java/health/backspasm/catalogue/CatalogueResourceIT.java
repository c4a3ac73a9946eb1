package health.backspasm.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The catalogue tests against the packaged jar. */
@QuarkusIntegrationTest
class CatalogueResourceIT extends CatalogueResourceTest {
}
