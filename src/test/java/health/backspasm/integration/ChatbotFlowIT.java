package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import health.backspasm.client.ApiClient;
import health.backspasm.client.ApiException;
import health.backspasm.client.api.CatalogueApi;
import health.backspasm.client.api.InterpretationApi;
import health.backspasm.client.api.ReasoningApi;
import health.backspasm.client.model.Assessment;
import health.backspasm.client.model.CaseInput;
import health.backspasm.client.model.CaseQuestion;
import health.backspasm.client.model.FindingState;
import health.backspasm.client.model.Interpretation;
import health.backspasm.client.model.InterpretationRequest;
import health.backspasm.client.model.RankedCause;
import health.backspasm.client.model.RedFlagStatus;
import health.backspasm.client.model.Remedy;
import health.backspasm.client.model.ReportedFinding;
import health.backspasm.client.model.ScreeningResponse;
import health.backspasm.client.model.Urgency;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * A chatbot backend built only from openapi/openapi.yaml: the Java client generated from the
 * contract runs a whole conversation against the packaged service, so the contract is proven
 * usable as published (names, types, enums, nullability).
 */
@QuarkusIntegrationTest
class ChatbotFlowIT {

    /** A whole interview should take a person well under 15 questions (the product's API promise). */
    private static final int QUESTION_BUDGET = 15;

    @TestHTTPResource("/")
    URL root;

    private InterpretationApi interpretations;
    private ReasoningApi reasoning;
    private CatalogueApi catalogue;

    @BeforeEach
    void connect() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        interpretations = new InterpretationApi(client);
        reasoning = new ReasoningApi(client);
        catalogue = new CatalogueApi(client);
    }

    @Test
    void shouldGuideAPersonFromTheirFirstMessageToTheRemediesOfTheLeadingCause() throws ApiException {
        ScriptedPerson person = ScriptedPerson.liftingStrain();

        Interpretation read = interpretations.interpret(new InterpretationRequest().text(person.message()));
        CaseInput caseInput = read.getCase();
        assertThat(caseInput.getFindings()).extracting(ReportedFinding::getId)
                .contains("pain.lower_back", "onset.lifting");

        ScreeningResponse screening = reasoning.screen(caseInput);
        assertThat(screening.getLevel()).isNotEqualTo(Urgency.EMERGENCY);

        List<CaseQuestion> asked = new ArrayList<>();
        Assessment assessment = reasoning.assess(caseInput);
        while (!assessment.getComplete()) {
            assertThat(asked).as("questions asked so far").hasSizeLessThan(QUESTION_BUDGET);
            CaseQuestion question = assessment.getNextQuestion();
            asked.add(question);
            answer(caseInput, question, person);
            assessment = reasoning.assess(caseInput);
        }

        assertThat(assessment.getNextQuestion()).isNull();
        assertThat(assessment.getTriage().getPendingQuestions()).isEmpty();
        RankedCause leading = assessment.getCauses().get(0);
        assertThat(leading.getLeading()).isTrue();
        List<Remedy> remedies = catalogue.remedies(leading.getId(), null, null);
        assertThat(remedies).isNotEmpty()
                .allSatisfy(remedy -> assertThat(remedy.getCauseIds()).contains(leading.getId()));
    }

    @Test
    void shouldReportADoubtedSaddleNumbnessAsAnUnconfirmedRedFlagThroughTheGeneratedClient() throws ApiException {
        CaseInput notSure = new CaseInput().age(41)
                .addFindingsItem(new ReportedFinding().id("onset.lifting").state(FindingState.PRESENT))
                .addFindingsItem(new ReportedFinding().id("neuro.saddle_numbness").state(FindingState.UNKNOWN));

        ScreeningResponse screening = reasoning.screen(notSure);

        assertThat(screening.getLevel()).isEqualTo(Urgency.URGENT);
        assertThat(screening.getRedFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.getId()).isEqualTo("redflag.cauda_equina");
            assertThat(flag.getStatus()).isEqualTo(RedFlagStatus.UNCONFIRMED);
            assertThat(flag.getUnknownFindingIds()).containsExactly("neuro.saddle_numbness");
        });
        assertThat(screening.getPendingQuestions()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.getFindingIds()).doesNotContain("neuro.saddle_numbness"));
    }

    @Test
    void shouldStopAtOnceAndLeadWithEmergencyAdviceWhenTheMessageReportsSaddleNumbness() throws ApiException {
        Interpretation read = interpretations.interpret(new InterpretationRequest()
                .text("Back spasm since yesterday and now numbness around my groin and inner thighs."));

        Assessment assessment = reasoning.assess(read.getCase());

        assertThat(assessment.getTriage().getLevel()).isEqualTo(Urgency.EMERGENCY);
        assertThat(assessment.getComplete()).isTrue();
        assertThat(assessment.getNextQuestion()).isNull();
        assertThat(assessment.getAdvice()).startsWith(assessment.getTriage().getAdvice());
        assertThat(assessment.getRemedies()).isEmpty();
    }

    private static void answer(CaseInput caseInput, CaseQuestion question, ScriptedPerson person) {
        switch (question.getKind()) {
            case AGE -> caseInput.setAge(person.age());
            case DURATION -> caseInput.setDurationDays(person.durationDays());
            case FINDING, FINDINGS -> question.getFindingIds().forEach(id -> caseInput.addFindingsItem(
                    new ReportedFinding().id(id).state(person.has(id) ? FindingState.PRESENT : FindingState.ABSENT)));
        }
    }
}
