package health.backspasm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Urgency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the written vignettes through the assessment and holds the figures to the project's targets. */
class VignetteEvaluationTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);

    @Test
    void shouldTriageEveryVignetteSafelyAndRankItsCause() {
        List<Vignette> vignettes = Vignette.all();
        int levelRight = 0;
        int underTriagedSerious = 0;
        int causeFirst = 0;
        int causeTop3 = 0;
        List<String> misses = new ArrayList<>();
        for (Vignette v : vignettes) {
            Assessment a = ENGINE.assess(v.facts());
            Urgency level = a.triage().level();
            if (level == v.level()) {
                levelRight++;
            } else {
                misses.add("level " + level + " instead of " + v.level() + ": " + v.name());
            }
            if (v.level().compareTo(Urgency.urgent) >= 0 && level.compareTo(v.level()) < 0) {
                underTriagedSerious++;
            }
            List<String> ranked = a.causes().stream().map(RankedCause::id).toList();
            if (v.causes().contains(ranked.get(0))) {
                causeFirst++;
            } else {
                misses.add("cause " + ranked.subList(0, 3) + " instead of " + v.causes() + ": " + v.name());
            }
            if (ranked.subList(0, 3).stream().anyMatch(v.causes()::contains)) {
                causeTop3++;
            }
        }
        int n = vignettes.size();
        System.out.printf("Vignettes: %d%n  level right: %d (%.1f%%)%n  emergencies and urgent cases under-triaged: %d%n"
                + "  cause first: %d (%.1f%%)%n  cause in top 3: %d (%.1f%%)%n", n, levelRight, 100.0 * levelRight / n,
                underTriagedSerious, causeFirst, 100.0 * causeFirst / n, causeTop3, 100.0 * causeTop3 / n);
        misses.forEach(m -> System.out.println("  miss: " + m));

        assertThat(n).isGreaterThanOrEqualTo(60);
        assertThat(underTriagedSerious).as("emergencies and urgent cases under-triaged").isZero();
        assertThat(100.0 * levelRight / n).as("level accuracy %").isGreaterThanOrEqualTo(95);
        assertThat(100.0 * causeFirst / n).as("cause first %").isGreaterThanOrEqualTo(85);
        assertThat(100.0 * causeTop3 / n).as("cause in top 3 %").isGreaterThanOrEqualTo(95);
    }
}
