package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service keeps nothing between calls, so behind a load balancer any replica answers any
 * step of an interview. Two instances of the packaged jar, and a conversation whose calls
 * alternate between them, give exactly the responses one instance gives.
 */
class StatelessInstancesIT {

    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        first = PackagedService.start("first");
        second = PackagedService.start("second");
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void shouldAnswerAnInterviewAlternatingBetweenInstancesExactlyAsOneInstance() throws Exception {
        ScriptedPerson person = ScriptedPerson.liftingStrain();
        assertThat(first.base().getPort()).as("two separate instances").isNotEqualTo(second.base().getPort());

        List<JsonNode> alone = new JsonChatbot(call -> first.base()).talkWith(person);
        List<JsonNode> alternating = new JsonChatbot(call -> call % 2 == 0 ? first.base() : second.base())
                .talkWith(person);

        assertThat(alone.size()).as("calls: interpretation, screening, assessments, remedies").isGreaterThan(4);
        assertThat(alternating).containsExactlyElementsOf(alone);
    }
}
