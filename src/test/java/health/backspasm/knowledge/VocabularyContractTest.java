package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * knowledge/vocabulary.yaml lists exactly the finding and cause ids of the published vocabulary,
 * src/docs/vocabulary.md (the project's copy of the product's published vocabulary). The loader then checks
 * that the model holds every id of vocabulary.yaml, so together they keep the public ids served.
 */
class VocabularyContractTest {

    static final Path VOCABULARY = Path.of("src", "docs", "vocabulary.md");
    private static final Pattern ID = Pattern.compile("`([a-z][a-z_]*\\.[a-z0-9_]+)`");

    private static Set<String> publishedFindings;
    private static Set<String> publishedCauses;
    private static JsonNode listed;

    @BeforeAll
    static void read() throws IOException {
        assertThat(VOCABULARY)
                .withFailMessage("The published vocabulary %s is missing", VOCABULARY.toAbsolutePath().normalize())
                .exists();
        publishedFindings = new LinkedHashSet<>();
        publishedCauses = new LinkedHashSet<>();
        String section = "";
        for (String line : Files.readAllLines(VOCABULARY)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith("| `")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                Matcher m = ID.matcher(firstCell);
                while (m.find()) {
                    if (section.equals("Findings")) {
                        publishedFindings.add(m.group(1));
                    } else if (section.equals("Causes")) {
                        publishedCauses.add(m.group(1));
                    }
                }
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("knowledge/vocabulary.yaml")) {
            listed = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void shouldReadAPlausibleVocabulary() {
        assertThat(publishedFindings).hasSizeGreaterThanOrEqualTo(60).contains("neuro.saddle_numbness", "sport.golf");
        assertThat(publishedCauses).hasSize(12).contains("cause.acute_strain");
    }

    @Test
    void shouldListExactlyThePublishedFindingIds() {
        List<String> findings = ids("findings");

        assertThat(findings).doesNotHaveDuplicates();
        assertThat(findings).containsExactlyInAnyOrderElementsOf(publishedFindings);
    }

    @Test
    void shouldListExactlyThePublishedCauseIds() {
        List<String> causes = ids("causes");

        assertThat(causes).doesNotHaveDuplicates();
        assertThat(causes).containsExactlyInAnyOrderElementsOf(publishedCauses);
    }

    @Test
    void shouldServeEveryPublishedIdFromTheModel() {
        Knowledge knowledge = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));

        assertThat(knowledge.findings().byId()).containsKeys(publishedFindings.toArray(String[]::new));
        assertThat(knowledge.causes().byId()).containsKeys(publishedCauses.toArray(String[]::new));
    }

    private static List<String> ids(String field) {
        List<String> ids = new ArrayList<>();
        listed.path(field).forEach(node -> ids.add(node.asText()));
        return ids;
    }
}
