package health.backspasm.cds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks services over HTTP: the specification's example requests, a realistic record per red
 * flag a record can show, no back pain, no red flag, a missing prefetch, feedback. Every 200 is checked
 * against the CDS Hooks OpenAPI document and the service's own contract.
 */
@QuarkusTest
class CdsServicesResourceTest {

    private static final String RED_FLAGS = "/cds-services/backspasm-red-flags";
    private static final String IMAGING = "/cds-services/backspasm-lumbar-imaging";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath call(String path, Object body) {
        return given().filter(CdsResponses.specification()).filter(ContractValidation.filter())
                .contentType("application/json").body(body.toString())
                .post(path).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> indicators(JsonPath cards) {
        return cards.getList("cards.indicator");
    }

    private static ObjectNode resource(String name) throws IOException {
        try (InputStream in = CdsServicesResourceTest.class.getResourceAsStream("/cds-hooks/" + name)) {
            return (ObjectNode) Records.JSON.readTree(in);
        }
    }

    @Test
    void shouldListBothServicesWithTheirPrefetchTemplates() {
        given().filter(CdsResponses.specification()).filter(ContractValidation.filter())
                .get("/cds-services").then().statusCode(200)
                .body("services.id", hasItems("backspasm-red-flags", "backspasm-lumbar-imaging"))
                .body("services.find { it.id == 'backspasm-red-flags' }.hook", equalTo("patient-view"))
                .body("services.find { it.id == 'backspasm-lumbar-imaging' }.hook", equalTo("order-select"))
                .body("services[0].prefetch.patient", equalTo("Patient/{{context.patientId}}"))
                .body("services[0].prefetch.observations", containsString("http://loinc.org|8310-5"))
                .body("services[0].usageRequirements", containsString("412"));
    }

    @Test
    void shouldAnswerTheSpecificationsPatientViewExampleWith412ForItsMissingPrefetch() throws IOException {
        ObjectNode example = resource("patient-view-request.json");
        given().filter(ContractValidation.filter()).contentType("application/json").body(example.toString())
                .post(RED_FLAGS).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/missing-prefetch"))
                .body("detail", containsString("conditions, medications, observations, patient"));
    }

    @Test
    void shouldAnswerTheSpecificationsPatientViewExampleWithOurPrefetchKeys() throws IOException {
        ObjectNode example = resource("patient-view-request.json");
        Records record = new Records(100);
        ObjectNode prefetch = record.prefetch();
        ObjectNode patient = (ObjectNode) example.path("prefetch").path("patientToGreet");
        prefetch.set("patient", patient);
        example.set("prefetch", prefetch);
        JsonPath cards = call(RED_FLAGS, example);
        assertThat(indicators(cards)).as("no back pain in the record: no card").isEmpty();
    }

    @Test
    void shouldAnswerTheSpecificationsOrderSelectExampleWithoutCardsAsNoLumbarImagingIsSelected() throws IOException {
        ObjectNode request = Records.JSON.createObjectNode();
        request.put("hook", "order-select").put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea")
                .put("fhirServer", "http://hooks.smarthealthit.org:9080");
        request.set("context", resource("order-select-context.json").get("context"));
        assertThat(indicators(call(IMAGING, request))).isEmpty();
    }

    @Test
    void shouldGiveNoCardWhenTheRecordShowsNoBackPain() {
        Records record = new Records(75).condition(Records.SNOMED, "363346000", "Malignant neoplastic disease")
                .temperature(38.9, "Cel", 1);
        assertThat(indicators(call(RED_FLAGS, record.patientView()))).isEmpty();
    }

    @Test
    void shouldRemindWhichRedFlagQuestionsTheRecordCannotAnswerWhenItShowsNoRedFlag() {
        JsonPath cards = call(RED_FLAGS, new Records(35).lowBackPain().patientView());
        assertThat(indicators(cards)).containsExactly("info");
        assertThat(cards.getString("cards[0].detail")).contains("Saddle numbness").contains("bladder");
        assertThat(cards.getString("cards[0].summary").length()).isLessThan(140);
        assertThat(cards.getString("cards[0].uuid")).matches("[0-9a-f-]{36}");
        assertThat(cards.getString("cards[0].source.url")).startsWith("https://");
    }

    @Test
    void shouldWarnOfAHistoryOfCancerEvenWhenTheCancerIsResolved() {
        JsonPath cards = call(RED_FLAGS, new Records(60).lowBackPain()
                .condition(Records.ICD10, "Z85.3", "Personal history of malignant neoplasm of breast", "resolved")
                .patientView());
        assertThat(indicators(cards)).containsExactly("warning", "info");
        assertThat(cards.getString("cards[0].detail")).containsIgnoringCase("cancer");
        assertThat(cards.getString("cards[1].detail")).as("the questions that could make it an emergency")
                .containsIgnoringCase("leg");
    }

    @Test
    void shouldWarnOfARecentTemperatureOf38DegreesOrMore() {
        assertThat(indicators(call(RED_FLAGS, new Records(40).lowBackPain().temperature(38.4, "Cel", 2)
                .patientView()))).startsWith("warning");
        assertThat(indicators(call(RED_FLAGS, new Records(40).lowBackPain().temperature(101.3, "[degF]", 1)
                .patientView()))).as("101.3 °F is 38.5 °C").startsWith("warning");
    }

    @Test
    void shouldNotCountAnOldOrNormalTemperatureAsFever() {
        assertThat(indicators(call(RED_FLAGS, new Records(40).lowBackPain().temperature(39.0, "Cel", 30)
                .temperature(37.2, "Cel", 0).patientView()))).containsExactly("info");
    }

    @Test
    void shouldWarnOfImmunosuppressionWithFever() {
        JsonPath cards = call(RED_FLAGS, new Records(45).lowBackPain()
                .condition(Records.SNOMED, "86406008", "Human immunodeficiency virus infection")
                .temperature(38.1, "Cel", 0).patientView());
        assertThat(indicators(cards)).startsWith("warning");
        assertThat(cards.getString("cards[0].detail")).containsIgnoringCase("immun");
    }

    @Test
    void shouldAskAboutAFractureWhenOsteoporosisOrLongTermCorticosteroidsOrOldAgeAreRecorded() {
        for (Records record : List.of(
                new Records(55).lowBackPain().condition(Records.SNOMED, "64859006", "Osteoporosis"),
                new Records(55).lowBackPain().medication(Records.RXNORM, "8640", "prednisone", 200),
                new Records(55).lowBackPain().condition(Records.ICD10CM, "Z79.52", "Long term use of steroids"),
                new Records(78).lowBackPain())) {
            JsonPath cards = call(RED_FLAGS, record.patientView());
            assertThat(indicators(cards)).as("a fracture risk alone is not yet a red flag").containsExactly("info");
            assertThat(cards.getString("cards[0].detail")).as("asks how the pain began")
                    .containsAnyOf("Minor injury", "fall");
        }
    }

    @Test
    void shouldNotCountAShortCourseOfCorticosteroidsAsLongTerm() {
        JsonPath cards = call(RED_FLAGS, new Records(55).lowBackPain()
                .medication(Records.RXNORM, "8640", "prednisone", 10).patientView());
        assertThat(indicators(cards)).as("ten days of prednisone fire no red flag").containsExactly("info");
    }

    @Test
    void shouldGiveACriticalCardForARecordedCaudaEquinaSyndromeOrUrinaryRetention() {
        JsonPath coded = call(RED_FLAGS, new Records(50).lowBackPain()
                .condition(Records.ICD10, "G83.4", "Cauda equina syndrome").patientView());
        assertThat(indicators(coded)).containsExactly("critical");
        JsonPath retention = call(RED_FLAGS, new Records(50).lowBackPain()
                .condition(Records.SNOMED, "267064002", "Retention of urine").patientView());
        assertThat(indicators(retention)).containsExactly("critical");
        assertThat(retention.getString("cards[0].summary")).containsIgnoringCase("cauda equina");
    }

    @Test
    void shouldNotCountARefutedCondition() {
        Records record = new Records(40).lowBackPain();
        ObjectNode request = record.condition(Records.SNOMED, "363346000", "Malignant neoplastic disease").patientView();
        ((ObjectNode) request.at("/prefetch/conditions/entry/1/resource/verificationStatus/coding/0"))
                .put("code", "refuted");
        assertThat(indicators(call(RED_FLAGS, request))).containsExactly("info");
    }

    @Test
    void shouldSuggestRemovingALumbarImagingOrderWithoutRedFlag() {
        for (String cpt : List.of("72100", "72131", "72133", "72148")) {
            JsonPath cards = call(IMAGING, new Records(38).orderSelect(cpt, "Lumbar imaging", true));
            assertThat(indicators(cards)).containsExactly("warning");
            assertThat(cards.getString("cards[0].summary")).contains("NG59");
            assertThat(cards.getString("cards[0].source.url")).isEqualTo("https://www.nice.org.uk/guidance/ng59");
            assertThat(cards.getString("cards[0].selectionBehavior")).isEqualTo("at-most-one");
            assertThat(cards.getList("cards[0].suggestions[0].actions", Map.class)).singleElement()
                    .satisfies(a -> assertThat(a).containsEntry("type", "delete")
                            .containsEntry("resourceId", "ServiceRequest/img-1"));
            assertThat(cards.getList("cards[0].overrideReasons.code", String.class))
                    .containsExactly("red-flag-present", "specialist-setting", "other");
        }
    }

    @Test
    void shouldCallForAnEmergencyMriWhenTheRecordShowsCaudaEquina() {
        Records record = new Records(44).condition(Records.ICD10CM, "G83.4", "Cauda equina syndrome");
        JsonPath cards = call(IMAGING, record.orderSelect("72131", "CT lumbar spine", true));
        assertThat(indicators(cards)).containsExactly("critical");
        assertThat(cards.getString("cards[0].summary")).contains("emergency MRI").contains("same-day referral");
        assertThat(cards.getList("cards[0].suggestions")).isNullOrEmpty();
    }

    @Test
    void shouldNotRateImagingWhenNeitherTheOrderNorTheRecordShowsBackPain() {
        assertThat(indicators(call(IMAGING, new Records(38).orderSelect("72148", "MRI lumbar", false)))).isEmpty();
    }

    @Test
    void shouldNotRateAnOrderThatIsNotLumbarImaging() {
        assertThat(indicators(call(IMAGING, new Records(38).orderSelect("70450", "CT head", true)))).isEmpty();
    }

    @Test
    void shouldAnswer412NamingTheMissingPrefetchKeys() {
        ObjectNode request = new Records(38).orderSelect("72148", "MRI lumbar", true);
        ((ObjectNode) request.get("prefetch")).remove("medications");
        ((ObjectNode) request.get("prefetch")).putNull("observations");
        given().filter(ContractValidation.filter()).contentType("application/json").body(request.toString())
                .post(IMAGING).then().statusCode(412)
                .body("detail", containsString("keys medications, observations"));
    }

    @Test
    void shouldRefuseARequestForAnotherHookOrPatientOrWithoutFhirData() {
        ObjectNode request = new Records(38).patientView();
        given().filter(ContractValidation.filter()).contentType("application/json").body(request.toString())
                .post(IMAGING).then().statusCode(400).body("errors[0].field", equalTo("hook"));
        ((ObjectNode) request.get("context")).put("patientId", "someone-else");
        given().filter(ContractValidation.filter()).contentType("application/json").body(request.toString())
                .post(RED_FLAGS).then().statusCode(400).body("errors[0].field", equalTo("prefetch.patient"));
        ObjectNode broken = new Records(38).patientView();
        ((ObjectNode) broken.get("prefetch")).putObject("conditions").put("resourceType", "NoSuchType");
        given().filter(ContractValidation.responsesOnly()).contentType("application/json").body(broken.toString())
                .post(RED_FLAGS).then().statusCode(400).body("errors[0].field", equalTo("prefetch.conditions"));
        given().filter(ContractValidation.responsesOnly()).contentType("application/json")
                .body(new Records(38).patientView().toString()).post("/cds-services/no-such-service")
                .then().statusCode(404);
    }

    @Test
    void shouldCountValidFeedbackAndRefuseInvalidFeedback() {
        String overridden = "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"overridden\","
                + "\"overrideReason\":{\"reason\":{\"system\":\"" + LumbarImagingCards.OVERRIDE_REASON_SYSTEM
                + "\",\"code\":\"specialist-setting\"},\"userComment\":\"patient seen in spinal clinic\"},"
                + "\"outcomeTimestamp\":\"2026-11-30T02:00:00Z\"}]}";
        given().filter(ContractValidation.filter())
                .contentType("application/json").body(overridden)
                .post(IMAGING + "/feedback").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("backspasm_cds_feedback_total{outcome=\"overridden\",override_reason="
                + "\"specialist-setting\",service=\"backspasm-lumbar-imaging\"}")
                .doesNotContain("spinal clinic");

        String acceptedWithoutSuggestion = "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\","
                + "\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2026-11-30T02:00:00Z\"}]}";
        given().filter(ContractValidation.filter()).contentType("application/json").body(acceptedWithoutSuggestion)
                .post(IMAGING + "/feedback").then().statusCode(400)
                .body("errors[0].field", equalTo("feedback[0].acceptedSuggestions"));
        given().filter(ContractValidation.responsesOnly()).contentType("application/json")
                .body("{\"feedback\":[{\"card\":\"not-a-uuid\",\"outcome\":\"maybe\"}]}")
                .post(IMAGING + "/feedback").then().statusCode(400);
        given().filter(ContractValidation.responsesOnly()).contentType("application/json").body("{\"feedback\":[]}")
                .post(IMAGING + "/feedback").then().statusCode(400);
    }

    @Test
    void shouldShowTheCodesOfFindingsCausesAndRedFlagsInTheCatalogue() {
        given().get("/api/v1/findings/pain.lower_back").then().statusCode(200)
                .body("codes.code", hasItems("279039007", "M54.5"))
                .body("codes.find { it.code == '279039007' }.sourceIds", hasItems("source.cds_hooks_sandbox_pama"));
        given().get("/api/v1/red-flags/redflag.cauda_equina").then().statusCode(200)
                .body("codes.code", hasItems("G83.4"));
        given().get("/api/v1/causes/cause.disc_problem").then().statusCode(200)
                .body("codes.code", hasItems("M51.2"));
        given().get("/api/v1/findings/pain.worsening").then().statusCode(200).body("codes", empty());
    }

}
