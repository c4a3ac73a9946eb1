package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The loader refuses broken knowledge with a message that names the file and the entry. Each test
 * breaks one shipped file in one way; the rest of the knowledge stays as shipped.
 */
class BrokenKnowledgeTest {

    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.classpath("knowledge");

    /** The shipped files with some replaced by new content. */
    private static KnowledgeFiles replacing(Map<String, String> files) {
        return name -> files.containsKey(name)
                ? Optional.ofNullable(files.get(name)).map(text -> text.getBytes(StandardCharsets.UTF_8))
                : SHIPPED.read(name);
    }

    private static KnowledgeFiles replacing(String file, String content) {
        return replacing(Map.of(file, content));
    }

    private static String shipped(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("knowledge/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file with one piece of text replaced; fails if the text is not there. */
    private static String edited(String file, String find, String replacement) {
        String text = shipped(file);
        assertThat(text).as("the shipped %s", file).contains(find);
        return text.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }

    private static InvalidKnowledgeException failure(KnowledgeFiles files) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> KnowledgeLoader.load(files));
        assertThat(thrown).isInstanceOf(InvalidKnowledgeException.class);
        return (InvalidKnowledgeException) thrown;
    }

    @Test
    void shouldLoadTheShippedKnowledgeThroughAReplacingWrapper() {
        Knowledge knowledge = KnowledgeLoader.load(replacing(Map.of()));

        assertThat(knowledge.causes().size()).isEqualTo(12);
    }

    @Test
    void shouldRejectADuplicateId() {
        String findings = shipped("findings.yaml") + """
                - id: onset.sudden
                  kind: symptom
                  label: "Sudden onset, again"
                  question: "Did it start suddenly?"
                  sourceIds: [source.seed_causes_article]
                """;

        assertThat(failure(replacing("findings.yaml", findings)).problems())
                .contains("findings.yaml, entry onset.sudden: the id is already used in this file");
    }

    @Test
    void shouldRejectAnIdUsedInTwoFiles() {
        String remedies = edited("remedies.yaml", "- id: remedy.stay_active", "- id: cause.overuse");

        assertThat(failure(replacing("remedies.yaml", remedies)).problems())
                .anyMatch(p -> p.contains("entry cause.overuse: the id is already used in"));
    }

    @Test
    void shouldRejectADanglingCauseReference() {
        String remedies = edited("remedies.yaml", "causeIds: [cause.acute_strain,", "causeIds: [cause.sunburn,");

        assertThat(failure(replacing("remedies.yaml", remedies)).problems())
                .contains("remedies.yaml, entry remedy.stay_active: cause 'cause.sunburn' is not in causes.yaml");
    }

    @Test
    void shouldRejectARuleThatReadsAnUnknownFinding() {
        String flags = edited("red-flags.yaml", "present: pain.chest", "present: pain.chest_typo");

        assertThat(failure(replacing("red-flags.yaml", flags)).problems())
                .contains("red-flags.yaml, entry redflag.chest_pain: rule reads finding 'pain.chest_typo',"
                        + " which is not in findings.yaml");
    }

    @Test
    void shouldRejectACitationOfAMissingSource() {
        String flags = edited("red-flags.yaml", "sourceIds: [source.bass_cauda_equina_2018,",
                "sourceIds: [source.lost_leaflet,");

        assertThat(failure(replacing("red-flags.yaml", flags)).problems())
                .contains("red-flags.yaml, entry redflag.cauda_equina: source 'source.lost_leaflet' is not in"
                        + " sources.yaml");
    }

    @Test
    void shouldRejectAnAcutePhaseWithoutDaysOrSource() {
        String manifest = edited("manifest.yaml", "maxDays: 28\n  sourceIds: [source.acp_2017]",
                "maxDays: 0\n  sourceIds: []");

        assertThat(failure(replacing("manifest.yaml", manifest)).problems()).contains(
                "manifest.yaml, entry acutePhase: 'maxDays' must be a number of days from 1 to 365",
                "manifest.yaml, entry acutePhase: 'sourceIds' is empty: every entry cites at least one source");
    }

    @Test
    void shouldRejectAnEntryThatCitesNoSource() {
        String flags = edited("red-flags.yaml", "sourceIds: [source.nhs_back_pain, source.nice_cks_low_back_pain]",
                "sourceIds: []");

        assertThat(failure(replacing("red-flags.yaml", flags)).problems())
                .anyMatch(p -> p.startsWith("red-flags.yaml, entry redflag.chest_pain: 'sourceIds' is empty"));
    }

    @Test
    void shouldRejectAnUnknownPropertyNamingTheEntry() {
        String findings = edited("findings.yaml", "label: \"Sudden onset\"", "label: \"Sudden onset\"\n  colour: red");

        assertThat(failure(replacing("findings.yaml", findings)).problems())
                .singleElement().asString()
                .startsWith("findings.yaml, entry onset.sudden: unknown property 'colour' at line")
                .contains("known: id, kind, label, question, sourceIds");
    }

    @Test
    void shouldRejectAPropertyGivenTwice() {
        String findings = edited("findings.yaml", "label: \"Sudden onset\"",
                "label: \"Sudden onset\"\n  label: \"Abrupt onset\"");

        assertThat(failure(replacing("findings.yaml", findings)).problems())
                .singleElement().asString()
                .startsWith("findings.yaml")
                .contains("line 7")
                .contains("Duplicate field 'label'");
    }

    @Test
    void shouldRejectBadYamlNamingTheLine() {
        String findings = edited("findings.yaml", "sourceIds: [source.seed_causes_article]\n- id: onset.gradual",
                "sourceIds: [source.seed_causes_article\n- id: onset.gradual");

        assertThat(failure(replacing("findings.yaml", findings)).problems())
                .singleElement().asString()
                .startsWith("findings.yaml: cannot be read at line");
    }

    @Test
    void shouldRejectAVocabularyIdTheModelLacks() {
        String vocabulary = edited("vocabulary.yaml", "  - onset.sudden\n", "  - onset.sudden\n  - onset.imaginary\n");

        assertThat(failure(replacing("vocabulary.yaml", vocabulary)).problems())
                .contains("vocabulary.yaml: vocabulary finding 'onset.imaginary' is not in findings.yaml");
    }

    @Test
    void shouldRejectAMissingFile() {
        assertThat(failure(name -> name.equals("sources.yaml") ? Optional.empty() : SHIPPED.read(name)).problems())
                .containsExactly("sources.yaml: the file is missing");
    }

    @Test
    void shouldReportEntriesWithoutIdsOrWithEmptyReferencesInsteadOfCrashing() {
        String sources = shipped("sources.yaml") + "\n- title: Nameless\n  publisher: Nobody\n  kind: article\n";
        String flags = edited("red-flags.yaml", "sourceIds: [source.nhs_back_pain, source.nice_cks_low_back_pain]",
                "sourceIds: [~]");

        InvalidKnowledgeException e = failure(replacing(Map.of("sources.yaml", sources, "red-flags.yaml", flags)));

        assertThat(e.problems()).contains("sources.yaml: an entry has no 'id'",
                "red-flags.yaml, entry redflag.chest_pain: source 'null' is not in sources.yaml");
    }

    @Test
    void shouldRejectARedFlagWithoutGuidelineStatementsOrCitingASourceItDoesNotList() {
        String flags = edited("red-flags.yaml", """
                  statements:
                    - sourceId: source.nhs_back_pain
                      section: "Call 999 or go to A&E (list)"
                      statement: "Back pain with chest pain or difficulty breathing needs emergency care."
                """, """
                  statements:
                    - sourceId: source.nice_ng234
                      section: "Call 999 or go to A&E (list)"
                      statement: "Back pain with chest pain or difficulty breathing needs emergency care."
                """);
        String majorTraumaStatements = """
                  statements:
                    - sourceId: source.nhs_back_pain
                      section: "Call 999 or go to A&E (list)"
                      statement: "Back pain that started after a serious accident, such as a car accident or a bad fall, needs emergency care."
                    - sourceId: source.nice_cks_low_back_pain
                      section: "Assessment: red flags for a serious cause (spinal fracture)"
                      statement: "Significant trauma raises the suspicion of a spinal fracture."
                """;
        assertThat(flags).contains(majorTraumaStatements);
        flags = flags.replace(majorTraumaStatements, "");

        assertThat(failure(replacing("red-flags.yaml", flags)).problems()).contains(
                "red-flags.yaml, entry redflag.chest_pain: statement source 'source.nice_ng234' is not one of its"
                        + " sourceIds",
                "red-flags.yaml, entry redflag.major_trauma: 'statements' is empty: a red flag names the guideline"
                        + " statements it implements");
    }

    @Test
    void shouldRejectARedFlagWithoutAdviceForWhenItCannotBeRuledOut() {
        String flags = edited("red-flags.yaml", """
                  unconfirmedAdvice: >-
                    Chest pain or difficulty breathing with the back pain could not be ruled out. See a doctor today;
                    if you have chest pain, tightness, or trouble breathing, call the emergency number at once.
                """, "");

        assertThat(failure(replacing("red-flags.yaml", flags)).problems())
                .anyMatch(p -> p.startsWith("red-flags.yaml, entry redflag.chest_pain:") && p.contains("unconfirmedAdvice"));
    }

    @Test
    void shouldReportEveryProblemOfEveryFileAtOnce() {
        String remedies = edited("remedies.yaml", "causeIds: [cause.acute_strain,", "causeIds: [cause.sunburn,");
        String flags = edited("red-flags.yaml", "present: pain.chest", "present: pain.chest_typo");

        InvalidKnowledgeException e = failure(replacing(Map.of("remedies.yaml", remedies, "red-flags.yaml", flags)));

        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.getMessage()).startsWith("The knowledge model is invalid (")
                .contains("remedy.stay_active", "redflag.chest_pain");
    }

    @Test
    void shouldKeepTheLoadedModelImmutable() {
        Knowledge knowledge = KnowledgeLoader.load(SHIPPED);

        assertThatThrownBy(() -> knowledge.findings().all().get(0).sourceIds().add("source.x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> knowledge.questionGroups().get(0).findingIds().add("x.y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
