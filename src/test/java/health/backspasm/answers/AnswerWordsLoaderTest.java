package health.backspasm.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.backspasm.knowledge.InvalidKnowledgeException;
import health.backspasm.knowledge.KnowledgeFiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** answers.yaml is checked at start-up: a broken list stops the start, naming the file and the list. */
class AnswerWordsLoaderTest {

    private static final String ORIGINAL = new String(KnowledgeFiles.classpath("knowledge").read("answers.yaml")
            .orElseThrow(), StandardCharsets.UTF_8);

    private static KnowledgeFiles edited(UnaryOperator<String> edit) {
        return name -> name.equals("answers.yaml")
                ? Optional.of(edit.apply(ORIGINAL).getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    @Test
    void shouldLoadTheServicesAnswerWords() {
        AnswerWords words = AnswerWordsLoader.load(KnowledgeFiles.classpath("knowledge"));
        assertThat(words.yes()).contains("yep", "kinda");
        assertThat(words.no()).contains("nope", "i dont think so");
        assertThat(words.unsure()).contains("dunno", "not sure");
    }

    @Test
    void shouldRejectAWordInTwoAnswerLists() {
        assertThatThrownBy(() -> AnswerWordsLoader.load(edited(s -> s.replace("no: [\"no\",", "no: [\"no\", \"yep\","))))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("answers.yaml, entry no: 'yep' is already listed in yes");
    }

    @Test
    void shouldRejectAnUpperCaseOrRepeatedEntryAndAClarificationWithoutItsPlaceholder() {
        assertThatThrownBy(() -> AnswerWordsLoader.load(edited(s -> s
                .replace("unsure: [\"not sure\",", "unsure: [\"Dunno\", \"not sure\", \"not sure\",")
                .replace("or say none: {items}\"", "or say none\""))))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("answers.yaml, entry unsure: 'Dunno' must be lower-case")
                .hasMessageContaining("answers.yaml, entry unsure: 'not sure' is listed twice")
                .hasMessageContaining("answers.yaml, entry clarifications: 'checklistYes' must contain {items}");
    }

    @Test
    void shouldRejectAMissingFileAndAnUnknownList() {
        assertThatThrownBy(() -> AnswerWordsLoader.load(name -> Optional.empty()))
                .hasMessageContaining("answers.yaml: the file is missing");
        assertThatThrownBy(() -> AnswerWordsLoader.load(edited(s -> s + "\nmaybes: [\"perhaps\"]\n")))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("answers.yaml: cannot be read");
    }
}
