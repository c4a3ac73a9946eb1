package health.backspasm.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No cluster runs here, so the Kubernetes manifests under docker/k8s are checked by reading
 * them: they parse, they reference each other consistently, the Deployment is hardened and
 * sized, and its probes name endpoints that this service really answers with 200.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("docker", "k8s");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void shouldParseEveryManifestAsAKubernetesObject() throws IOException {
        List<Path> files = manifests();

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode manifest = read(file.getFileName().toString());
            assertThat(manifest.path("apiVersion").asText()).as("apiVersion of %s", file).isNotBlank();
            assertThat(manifest.path("kind").asText()).as("kind of %s", file).isNotBlank();
        }
    }

    @Test
    void shouldListEveryManifestButTheExamplesInTheKustomization() throws IOException {
        List<String> resources = texts(read("kustomization.yaml").path("resources"));
        List<String> expected = new ArrayList<>();
        for (Path file : manifests()) {
            String name = file.getFileName().toString();
            if (!name.equals("kustomization.yaml") && !name.endsWith(".example.yaml")) {
                expected.add(name);
            }
        }

        assertThat(resources).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldProbeLivenessReadinessAndStartupOnTheHealthEndpoints() throws IOException {
        JsonNode container = container();

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        List<String> ports = new ArrayList<>();
        container.path("ports").forEach(port -> ports.add(port.path("name").asText()));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isIn(ports);
        }
    }

    @Test
    void shouldProbePathsThatTheServiceAnswers() throws IOException {
        JsonNode container = container();

        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            given().when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldReadTheApiKeysFromTheSecretOfTheExample() throws IOException {
        JsonNode ref = env(container(), "BACKSPASM_API_KEYS").at("/valueFrom/secretKeyRef");
        JsonNode secret = read("secret.example.yaml");

        assertThat(ref.path("name").asText()).isEqualTo(secret.at("/metadata/name").asText());
        assertThat(secret.path("stringData").path(ref.path("key").asText()).asText())
                .as("name:sha256hex entries, comma-separated")
                .matches("[A-Za-z0-9._-]{1,64}:[0-9a-fA-F]{64}(,[A-Za-z0-9._-]{1,64}:[0-9a-fA-F]{64})*");
        assertThat(ref.path("optional").isBoolean() && ref.path("optional").asBoolean())
                .as("the pod must not start open because the Secret is missing").isFalse();
    }

    @Test
    void shouldDrainWithinTheGracePeriodAndTurnNotReadyWithinTheShutdownDelay() throws IOException {
        JsonNode container = container();
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        assertThat(properties.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        long delay = seconds(properties.getProperty("quarkus.shutdown.delay"));
        long timeout = seconds(properties.getProperty("quarkus.shutdown.timeout"));
        List<String> preStop = texts(container.at("/lifecycle/preStop/exec/command"));
        assertThat(preStop).as("preStop sleeps while the pod is taken out of the endpoints").hasSize(2)
                .first().isEqualTo("sleep");
        long sleep = Long.parseLong(preStop.get(1));
        JsonNode readiness = container.path("readinessProbe");
        long notices = readiness.path("periodSeconds").asLong() * readiness.path("failureThreshold").asLong();
        long grace = read("deployment.yaml").at("/spec/template/spec/terminationGracePeriodSeconds").asLong();

        assertThat(delay).as("shutdown delay").isPositive();
        assertThat(notices).as("seconds the readiness probe takes to see the pod not ready").isLessThanOrEqualTo(delay);
        assertThat(grace).as("grace period").isGreaterThanOrEqualTo(sleep + delay + timeout);
    }

    private static long seconds(String duration) {
        assertThat(duration).as("a duration in seconds such as 5S").matches("\\d+S");
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }

    @Test
    void shouldGiveTheJvmTheOptionsOfTheImage() throws IOException {
        Matcher image = Pattern.compile("(?m)^ENV (JAVA_\\w+)=\"([^\"]*)\"")
                .matcher(Files.readString(Path.of("docker", "Dockerfile")));
        assertThat(image.find()).as("an ENV JAVA_...=\"...\" line in docker/Dockerfile").isTrue();

        JsonNode jvm = env(container(), image.group(1));

        assertThat(jvm.path("value").asText()).isEqualTo(image.group(2));
    }

    @Test
    void shouldRunAsNonRootOnAReadOnlyFileSystemWithoutCapabilities() throws IOException {
        JsonNode container = container();
        JsonNode context = container.path("securityContext");

        assertThat(context.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(context.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(context.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(context.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(context.at("/capabilities/drop"))).containsExactly("ALL");
    }

    @Test
    void shouldRequestNoMoreThanItsLimits() throws IOException {
        JsonNode resources = container().path("resources");

        assertThat(cpu(resources.at("/requests/cpu").asText())).isPositive()
                .isLessThanOrEqualTo(cpu(resources.at("/limits/cpu").asText()));
        assertThat(mebibytes(resources.at("/requests/memory").asText())).isPositive()
                .isLessThanOrEqualTo(mebibytes(resources.at("/limits/memory").asText()));
    }

    @Test
    void shouldRouteTheServiceAndTheAutoscalerToTheDeployment() throws IOException {
        JsonNode deployment = read("deployment.yaml");
        JsonNode service = read("service.yaml");
        JsonNode autoscaler = read("hpa.yaml");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");

        service.at("/spec/selector").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo(container().at("/ports/0/name").asText());
        assertThat(autoscaler.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    }

    private static JsonNode container() throws IOException {
        return read("deployment.yaml").at("/spec/template/spec/containers/0");
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no environment variable " + name + " in the Deployment");
    }

    private static JsonNode read(String file) throws IOException {
        return YAML.readTree(K8S.resolve(file).toFile());
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static double cpu(String quantity) {
        return quantity.endsWith("m")
                ? Double.parseDouble(quantity.substring(0, quantity.length() - 1)) / 1000
                : Double.parseDouble(quantity);
    }

    private static double mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Double.parseDouble(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).as("memory quantity").endsWith("Mi");
        return Double.parseDouble(quantity.substring(0, quantity.length() - 2));
    }
}
