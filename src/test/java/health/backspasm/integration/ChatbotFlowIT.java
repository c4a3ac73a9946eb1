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
import health.backspasm.client.model.AnswerReading;
import health.backspasm.client.model.AnswerRequest;
import health.backspasm.client.model.Assessment;
import health.backspasm.client.model.CaseInput;
import health.backspasm.client.model.CaseQuestion;
import health.backspasm.client.model.FindingState;
import health.backspasm.client.model.Interpretation;
import health.backspasm.client.model.QuestionItem;
import health.backspasm.client.model.QuestionKind;
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
 * usable as published (names, types, enums, nullability). The person types every reply in words,
 * read by POST /api/v1/answers in the context of its question; a reply not understood adds nothing.
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

        List<String> typed = new ArrayList<>();
        Assessment assessment = reasoning.assess(caseInput, null);
        while (!assessment.getComplete()) {
            assertThat(typed).as("questions asked so far").hasSizeLessThan(QUESTION_BUDGET);
            CaseQuestion question = assessment.getNextQuestion();
            assertThat(question.getFindings()).extracting(item -> item.getId()).isEqualTo(question.getFindingIds());
            String reply = person.reply(question.getKind().getValue(), question.getFindingIds());
            typed.add(reply);
            answer(caseInput, question, reply);
            assessment = reasoning.assess(caseInput, null);
        }

        assertThat(typed).contains("nope, none of those");
        assertThat(caseInput.getFindings()).extracting(ReportedFinding::getId).doesNotHaveDuplicates();
        assertThat(caseInput.getFindings()).filteredOn(f -> f.getId().equals("history.recurrent_spasms"))
                .extracting(ReportedFinding::getState).allMatch(state -> state == FindingState.UNKNOWN);

        assertThat(assessment.getNextQuestion()).isNull();
        assertThat(assessment.getTriage().getPendingQuestions()).isEmpty();
        RankedCause leading = assessment.getCauses().get(0);
        assertThat(leading.getLeading()).isTrue();
        List<Remedy> remedies = catalogue.remedies(leading.getId(), null, null, null);
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

        Assessment assessment = reasoning.assess(read.getCase(), null);

        assertThat(assessment.getTriage().getLevel()).isEqualTo(Urgency.EMERGENCY);
        assertThat(assessment.getComplete()).isTrue();
        assertThat(assessment.getNextQuestion()).isNull();
        assertThat(assessment.getAdvice()).startsWith(assessment.getTriage().getAdvice());
        assertThat(assessment.getRemedies()).isEmpty();
    }

    @Test
    void shouldFindAnEmergencyOnlyThroughATypedReplyToTheChecklist() throws ApiException {
        Interpretation read = interpretations.interpret(new InterpretationRequest()
                .text("My lower back went into spasm this morning when I bent down."));
        CaseInput caseInput = read.getCase();
        Assessment assessment = reasoning.assess(caseInput, null);
        assertThat(assessment.getTriage().getLevel()).isNotEqualTo(Urgency.EMERGENCY);
        CaseQuestion checklist = assessment.getNextQuestion();
        assertThat(checklist.getFindingIds()).contains("neuro.bladder_dysfunction");

        AnswerReading bareYes = interpretations.read(new AnswerRequest().question(checklist).text("yes"));
        assertThat(bareYes.getUnderstood()).isFalse();
        assertThat(bareYes.getAnswers()).isEmpty();
        assertThat(bareYes.getClarification()).contains("bladder");

        answer(caseInput, checklist, "the bladder one");
        assessment = reasoning.assess(caseInput, null);

        assertThat(assessment.getTriage().getLevel()).isEqualTo(Urgency.EMERGENCY);
        assertThat(assessment.getComplete()).isTrue();
        assertThat(assessment.getNextQuestion()).isNull();
    }

    @Test
    void shouldReadNotSureAndNumbersInTheContextOfTheirQuestion() throws ApiException {
        CaseQuestion age = new CaseQuestion().kind(QuestionKind.AGE).text("How old are you (in years)?")
                .findingIds(List.of());
        CaseQuestion duration = new CaseQuestion().kind(QuestionKind.DURATION)
                .text("How many days ago did the pain start?").findingIds(List.of());
        CaseQuestion saddle = new CaseQuestion().kind(QuestionKind.FINDING).text("Numb?")
                .findingIds(List.of("neuro.saddle_numbness"))
                .findings(List.of(new QuestionItem().id("neuro.saddle_numbness").label("Saddle numbness")
                        .question("Numb?")));

        assertThat(interpretations.read(new AnswerRequest().question(age).text("45")).getAge()).isEqualTo(45);
        assertThat(interpretations.read(new AnswerRequest().question(duration).text("since Tuesday")).getDurationDays())
                .isEqualTo(ScriptedPerson.sinceTuesday());
        assertThat(interpretations.read(new AnswerRequest().question(saddle).text("not sure")).getAnswers())
                .extracting(ReportedFinding::getState).containsExactly(FindingState.UNKNOWN);
        assertThat(interpretations.read(new AnswerRequest().question(saddle).text("no")).getAnswers())
                .extracting(ReportedFinding::getState).containsExactly(FindingState.ABSENT);
    }

    /** Reads the reply in the question's context and adds what it settles; a reply not understood adds nothing. */
    private void answer(CaseInput caseInput, CaseQuestion question, String reply) throws ApiException {
        AnswerReading read = interpretations.read(new AnswerRequest().question(question).text(reply));
        assertThat(read.getUnderstood()).as("'%s' understood as an answer to %s", reply, question.getFindingIds())
                .isTrue();
        read.getAnswers().forEach(caseInput::addFindingsItem);
        if (read.getAge() != null) {
            caseInput.setAge(read.getAge());
        }
        if (read.getDurationDays() != null) {
            caseInput.setDurationDays(read.getDurationDays());
        }
    }
}
