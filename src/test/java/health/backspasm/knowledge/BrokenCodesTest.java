package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * codes.yaml is checked at start-up like the rest of the knowledge: a code without a source, a code
 * meaning an unknown id, a code listed twice, or a card summary too long for CDS Hooks stops the load
 * with a message naming the file and the entry.
 */
class BrokenCodesTest {

    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.classpath("knowledge");

    private static String shipped() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("knowledge/codes.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidKnowledgeException loading(String codes) {
        KnowledgeFiles files = name -> name.equals("codes.yaml")
                ? Optional.of(codes.getBytes(StandardCharsets.UTF_8)) : SHIPPED.read(name);
        Throwable thrown = catchThrowable(() -> KnowledgeLoader.load(files));
        assertThat(thrown).isInstanceOf(InvalidKnowledgeException.class);
        return (InvalidKnowledgeException) thrown;
    }

    private static String edited(String find, String replacement) {
        String text = shipped();
        assertThat(text).contains(find);
        return text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replacement));
    }

    @Test
    void shouldLoadTheShippedCodesWithASourceForEveryCode() {
        Codes codes = KnowledgeLoader.load(SHIPPED).codes();
        assertThat(codes.all()).hasSizeGreaterThan(40).allSatisfy(c -> assertThat(c.sourceIds()).isNotEmpty());
        assertThat(codes.find("http://hl7.org/fhir/sid/icd-10-cm", "M54.50")).map(ClinicalCode::means)
                .contains("pain.lower_back");
        assertThat(codes.find("http://hl7.org/fhir/sid/icd-10", "M54.50")).as("M54.5 has subcodes in ICD-10")
                .isPresent();
        assertThat(codes.find("http://snomed.info/sct", "2790390070")).as("SNOMED codes match exactly").isEmpty();
        assertThat(codes.imagingOrders()).extracting(Codes.ImagingOrder::id)
                .containsExactly("imaging.lumbar_xray", "imaging.lumbar_ct", "imaging.lumbar_mri");
    }

    @Test
    void shouldRejectACodeWithoutSource() {
        String codes = edited("sourceIds: [source.cds_hooks_sandbox_pama, source.snomed_browser]", "sourceIds: []");
        assertThat(loading(codes).problems()).contains("codes.yaml, entry http://snomed.info/sct|279039007:"
                + " 'sourceIds' is empty: every code cites the source it was taken from");
    }

    @Test
    void shouldRejectACodeCitingAnUnknownSource() {
        String codes = edited("sourceIds: [source.who_atc_h02ab]", "sourceIds: [source.somewhere]");
        assertThat(loading(codes).problems()).contains("codes.yaml, entry http://www.whocc.no/atc|H02AB:"
                + " source 'source.somewhere' is not in sources.yaml");
    }

    @Test
    void shouldRejectACodeMeaningAnUnknownId() {
        String codes = edited("means: history.osteoporosis", "means: history.osteoporosys");
        assertThat(loading(codes).problems()).anyMatch(p -> p.startsWith("codes.yaml, entry http://snomed.info/sct|64859006:")
                && p.contains("'history.osteoporosys', which is no finding, cause, red flag or imaging order"));
    }

    @Test
    void shouldRejectACodeListedTwice() {
        String codes = shipped() + """
                  - system: "http://snomed.info/sct"
                    code: "64859006"
                    display: "Osteoporosis"
                    means: history.osteoporosis
                    sourceIds: [source.snomed_browser]
                """;
        assertThat(loading(codes).problems())
                .contains("codes.yaml, entry http://snomed.info/sct|64859006: the code is listed twice");
    }

    @Test
    void shouldRejectACardSummaryOf140CharactersOrMore() {
        String codes = edited("summary: \"NICE NG59: do not routinely", "summary: \"" + "x".repeat(120)
                + " NICE NG59: do not routinely");
        assertThat(loading(codes).problems()).contains("codes.yaml, entry imagingGuidance noRedFlag: 'summary' must"
                + " be under 140 characters (CDS Hooks)");
    }
}
