package health.backspasm.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue over HTTP, every exchange checked against openapi/openapi.yaml. The figures come
 * from the shipped knowledge files, so the assertions name entries that must be there (vocabulary
 * ids) rather than counts that change with every added remedy.
 */
@QuarkusTest
class CatalogueResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static RequestSpecification api() {
        return given().filter(ContractValidation.filter());
    }

    @Test
    void shouldDescribeTheKnowledgeModelWithCountsSourcesAndDisclaimer() {
        api().get("/api/v1/knowledge").then()
                .statusCode(200)
                .contentType("application/json")
                .body("version", notNullValue())
                .body("contentHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("counts.findings", greaterThanOrEqualTo(67))
                .body("counts.causes", equalTo(12))
                .body("counts.remedies", greaterThan(0))
                .body("counts.redFlags", greaterThan(0))
                .body("sources.id", hasItems("source.nice_ng59", "source.seed_vendor_page"))
                .body("disclaimer", containsString("not a diagnosis"));
    }

    @Test
    void shouldListEveryFindingWithLabelKindAndQuestion() {
        api().get("/api/v1/findings").then()
                .statusCode(200)
                .body("id", hasItems("onset.sudden", "neuro.saddle_numbness", "history.immunosuppression"))
                .body("label", everyItem(not(emptyString())))
                .body("question", everyItem(not(emptyString())))
                .body("kind", everyItem(org.hamcrest.Matchers.in(List.of("symptom", "activity", "lifestyle",
                        "warning_sign"))));
    }

    @Test
    void shouldFilterFindingsByKind() {
        api().queryParam("kind", "warning_sign").get("/api/v1/findings").then()
                .statusCode(200)
                .body("kind", everyItem(equalTo("warning_sign")))
                .body("id", hasItem("neuro.saddle_numbness"))
                .body("id", not(hasItem("onset.sudden")));
    }

    @Test
    void shouldGetOneFinding() {
        api().get("/api/v1/findings/{id}", "neuro.saddle_numbness").then()
                .statusCode(200)
                .body("id", equalTo("neuro.saddle_numbness"))
                .body("kind", equalTo("warning_sign"))
                .body("question", containsString("?"))
                .body("sourceIds", not(org.hamcrest.Matchers.empty()));
    }

    @Test
    void shouldListCausesWithTheFindingsForAndAgainstThem() {
        api().get("/api/v1/causes").then()
                .statusCode(200)
                .body("id", hasItems("cause.acute_strain", "cause.disc_problem", "cause.nerve_condition"))
                .body("find { it.id == 'cause.disc_problem' }.needsDoctor", equalTo(true))
                .body("find { it.id == 'cause.acute_strain' }.needsDoctor", equalTo(false));
    }

    @Test
    void shouldGetOneCauseWithWeightedEvidenceRemediesAndSources() {
        api().get("/api/v1/causes/{id}", "cause.acute_strain").then()
                .statusCode(200)
                .body("name", not(emptyString()))
                .body("summary", not(emptyString()))
                .body("pointsTo.findingId", hasItem("onset.twisting_pulling"))
                .body("pointsTo.present", everyItem(greaterThanOrEqualTo(0f)))
                .body("pointsAgainst.findingId", hasItem("onset.gradual"))
                .body("pointsAgainst.present", everyItem(org.hamcrest.Matchers.lessThan(0f)))
                .body("remedyIds", hasItem("remedy.stay_active"))
                .body("sourceIds", not(org.hamcrest.Matchers.empty()));
    }

    @Test
    void shouldListRemediesWithPhaseEvidenceAndCautions() {
        api().get("/api/v1/remedies").then()
                .statusCode(200)
                .body("id", hasItem("remedy.stay_active"))
                .body("phase", everyItem(org.hamcrest.Matchers.in(List.of("acute", "recovery", "prevention"))))
                .body("evidence", everyItem(org.hamcrest.Matchers.in(List.of("guideline", "article",
                        "vendor_claim"))))
                .body("evidence", hasItem("vendor_claim"))
                .body("[0]", hasKey("cautions"));
    }

    @Test
    void shouldFilterRemediesByCause() {
        api().queryParam("cause", "cause.dehydration").get("/api/v1/remedies").then()
                .statusCode(200)
                .body("size()", greaterThan(0))
                .body("causeIds", everyItem(hasItem("cause.dehydration")));
    }

    @Test
    void shouldFilterRemediesByPhase() {
        api().queryParam("phase", "prevention").get("/api/v1/remedies").then()
                .statusCode(200)
                .body("size()", greaterThan(0))
                .body("phase", everyItem(equalTo("prevention")));
    }

    @Test
    void shouldFilterRemediesByCauseAndPhaseTogether() {
        List<String> both = api().queryParam("cause", "cause.acute_strain").queryParam("phase", "acute")
                .get("/api/v1/remedies").then().statusCode(200)
                .body("phase", everyItem(equalTo("acute")))
                .body("causeIds", everyItem(hasItem("cause.acute_strain")))
                .extract().jsonPath().getList("id");
        List<String> byCause = api().queryParam("cause", "cause.acute_strain").get("/api/v1/remedies")
                .then().statusCode(200).extract().jsonPath().getList("id");

        assertThat(both).isNotEmpty();
        assertThat(byCause).containsAll(both).hasSizeGreaterThan(both.size());
    }

    @Test
    void shouldGetOneRemedy() {
        api().get("/api/v1/remedies/{id}", "remedy.stay_active").then()
                .statusCode(200)
                .body("id", equalTo("remedy.stay_active"))
                .body("instructions", not(emptyString()))
                .body("evidence", equalTo("guideline"));
    }

    @Test
    void shouldListRedFlagsWithUrgencyRuleAndFindings() {
        api().get("/api/v1/red-flags").then()
                .statusCode(200)
                .body("find { it.id == 'redflag.cauda_equina' }.urgency", equalTo("emergency"))
                .body("find { it.id == 'redflag.cauda_equina' }.findingIds", hasItem("neuro.saddle_numbness"))
                .body("find { it.id == 'redflag.cauda_equina' }.rule", containsString("neuro.saddle_numbness or"))
                .body("urgency", not(hasItem("self_care")));
    }

    @Test
    void shouldGetOneRedFlag() {
        api().get("/api/v1/red-flags/{id}", "redflag.cauda_equina").then()
                .statusCode(200)
                .body("advice", containsString("emergency"))
                .body("sourceIds", hasItem("source.bass_cauda_equina_2018"));
    }

    @Test
    void shouldTraceEveryRedFlagToTheGuidelineStatementsItImplements() {
        api().get("/api/v1/red-flags").then()
                .statusCode(200)
                .body("statements", everyItem(not(hasSize(0))))
                .body("statements.flatten().sourceId", everyItem(notNullValue()))
                .body("statements.flatten().section", everyItem(not(emptyString())))
                .body("unconfirmedAdvice", everyItem(not(emptyString())))
                .body("find { it.id == 'redflag.both_legs_pain' }.urgency", equalTo("emergency"))
                .body("find { it.id == 'redflag.both_legs_pain' }.statements.sourceId",
                        hasItem("source.girft_cauda_equina_2023"))
                .body("find { it.id == 'redflag.suspected_mscc' }.statements.sourceId", hasItem("source.nice_ng234"))
                .body("find { it.id == 'redflag.suspected_aaa' }.statements.sourceId", hasItem("source.nice_cks_aaa"));
    }

    @Test
    void shouldServeTheDocumentedRedFlagExampleExactly() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String served = api().get("/api/v1/red-flags/{id}", CatalogueExamples.RED_FLAG_ID).then().statusCode(200)
                .extract().asString();
        assertThat(json.readTree(served)).isEqualTo(json.readTree(CatalogueExamples.RED_FLAG));
    }

    @Test
    void shouldListSourcesLeavingOutMissingAuthorDateAndUrl() {
        api().get("/api/v1/sources").then()
                .statusCode(200)
                .body("find { it.id == 'source.seed_causes_article' }.author", equalTo("Mamta Mule"))
                .body("find { it.id == 'source.seed_vendor_page' }", not(hasKey("author")))
                .body("find { it.id == 'source.seed_vendor_page' }.kind", equalTo("vendor_page"));
    }

    @Test
    void shouldGetOneSource() {
        api().get("/api/v1/sources/{id}", "source.nice_ng59").then()
                .statusCode(200)
                .body("publisher", containsString("NICE"))
                .body("url", equalTo("https://www.nice.org.uk/guidance/ng59"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"findings", "causes", "remedies", "red-flags", "sources"})
    void shouldAnswerAnUnknownIdWithAProblemNamingIdAndKind(String collection) {
        api().get("/api/v1/" + collection + "/{id}", "nothing.like_this").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/unknown-id"))
                .body("status", equalTo(404))
                .body("detail", containsString("'nothing.like_this'"))
                .body("detail", containsString(collection.equals("red-flags") ? "red flag"
                        : collection.substring(0, collection.length() - (collection.equals("remedies") ? 3 : 1))));
    }

    @Test
    void shouldRejectAnUnknownFindingKindNamingTheParameter() {
        given().filter(ContractValidation.responsesOnly()).queryParam("kind", "nonsense").get("/api/v1/findings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/validation"))
                .body("errors.field", contains("kind"))
                .body("errors[0].message", containsString("warning_sign"));
    }

    @Test
    void shouldRejectAnUnknownCauseFilterNamingTheParameter() {
        given().filter(ContractValidation.responsesOnly()).queryParam("cause", "cause.sunburn")
                .get("/api/v1/remedies").then()
                .statusCode(400)
                .body("errors.field", contains("cause"));
    }

    @Test
    void shouldRejectAnUnknownPhaseFilterNamingTheParameter() {
        given().filter(ContractValidation.responsesOnly()).queryParam("phase", "someday")
                .queryParam("cause", "cause.acute_strain").get("/api/v1/remedies").then()
                .statusCode(400)
                .body("errors.field", contains("phase"))
                .body("errors[0].message", equalTo("must be one of: acute, recovery, prevention"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/knowledge", "/api/v1/findings", "/api/v1/findings/onset.sudden",
            "/api/v1/causes", "/api/v1/causes/cause.overuse", "/api/v1/remedies?phase=acute",
            "/api/v1/remedies/remedy.stay_active", "/api/v1/red-flags", "/api/v1/red-flags/redflag.cauda_equina",
            "/api/v1/sources", "/api/v1/sources/source.nice_ng59"})
    void shouldSendOneEtagAndCacheControlAndAnswerIfNoneMatchWith304(String path) {
        String etag = api().get(path).then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=3600")
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[^\"]+-[0-9a-f]{16}\""))
                .extract().header("ETag");

        api().header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=3600")
                .body(emptyString());
    }

    @Test
    void shouldUseTheSameEtagForTheWholeCatalogue() {
        String a = api().get("/api/v1/findings").then().extract().header("ETag");
        String b = api().get("/api/v1/sources/source.nice_ng59").then().extract().header("ETag");

        assertThat(a).isEqualTo(b);
    }

    @Test
    void shouldAnswer304ForAWeakTagAListOfTagsAndAStar() {
        String etag = api().get("/api/v1/causes").then().extract().header("ETag");

        api().header("If-None-Match", "W/" + etag).get("/api/v1/causes").then().statusCode(304);
        api().header("If-None-Match", "\"old-0000000000000000\", " + etag).get("/api/v1/causes").then()
                .statusCode(304);
        api().header("If-None-Match", "*").get("/api/v1/causes").then().statusCode(304);
    }

    @Test
    void shouldAnswer200ForAStaleEtag() {
        api().header("If-None-Match", "\"2000.1.1-0000000000000000\"").get("/api/v1/causes").then()
                .statusCode(200)
                .body("size()", equalTo(12));
    }

    @Test
    void shouldNotAnswer304ForAnUnknownIdEvenWithAMatchingEtag() {
        String etag = api().get("/api/v1/causes").then().extract().header("ETag");

        api().header("If-None-Match", etag).get("/api/v1/causes/{id}", "cause.sunburn").then()
                .statusCode(404);
    }

    @Test
    void shouldServeTheExampleIdsOfTheContract() {
        api().get("/api/v1/findings/{id}", CatalogueExamples.FINDING_ID).then().statusCode(200);
        api().get("/api/v1/causes/{id}", CatalogueExamples.CAUSE_ID).then().statusCode(200);
        api().get("/api/v1/remedies/{id}", CatalogueExamples.REMEDY_ID).then().statusCode(200);
        api().get("/api/v1/red-flags/{id}", CatalogueExamples.RED_FLAG_ID).then().statusCode(200);
        api().get("/api/v1/sources/{id}", CatalogueExamples.SOURCE_ID).then().statusCode(200);
        api().queryParam("kind", CatalogueExamples.KIND).get("/api/v1/findings").then().statusCode(200);
        api().queryParam("phase", CatalogueExamples.PHASE).queryParam("cause", CatalogueExamples.CAUSE_ID).get("/api/v1/remedies")
                .then().statusCode(200).body("size()", greaterThan(0));
    }
}
