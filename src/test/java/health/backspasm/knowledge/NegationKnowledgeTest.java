package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegationKnowledgeTest {

    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.classpath("knowledge");

    private static KnowledgeFiles withNegation(String yaml) {
        return name -> name.equals("negation.yaml") ? Optional.of(yaml.getBytes(StandardCharsets.UTF_8)) : SHIPPED.read(name);
    }

    @Test
    void shouldLoadTheShippedNegationWords() {
        Negation negation = KnowledgeLoader.load(SHIPPED).negation();

        assertThat(negation.triggers()).contains("no", "denies", "without", "never had", "haven't");
        assertThat(negation.terminators()).contains("but", "however", "although", "except");
        assertThat(negation.uncertaintyCues()).contains("not sure", "maybe", "might", "possibly", "i think");
    }

    @Test
    void shouldNameFileAndListOfEveryBrokenNegationEntry() {
        String broken = """
                triggers: ["no", "No", "no"]
                terminators: []
                uncertaintyCues: ["maybe", " "]
                pseudoTriggers: ["no"]
                fillerWords: ["a lot"]
                """;

        assertThatThrownBy(() -> KnowledgeLoader.load(withNegation(broken)))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("negation.yaml, entry triggers: 'No' must be lower-case")
                .hasMessageContaining("negation.yaml, entry triggers: 'no' is listed twice")
                .hasMessageContaining("negation.yaml, entry terminators: the list is empty")
                .hasMessageContaining("negation.yaml, entry uncertaintyCues: holds a blank entry")
                .hasMessageContaining("negation.yaml, entry pseudoTriggers: 'no' is already listed in triggers")
                .hasMessageContaining("negation.yaml, entry fillerWords: 'a lot' must be a single word");
    }

    @Test
    void shouldRejectAMissingNegationFile() {
        KnowledgeFiles without = name -> name.equals("negation.yaml") ? Optional.empty() : SHIPPED.read(name);

        assertThatThrownBy(() -> KnowledgeLoader.load(without)).hasMessageContaining("negation.yaml: the file is missing");
    }
}
