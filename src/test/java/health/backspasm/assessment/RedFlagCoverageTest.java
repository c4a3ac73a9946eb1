package health.backspasm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.RedFlagStatus;
import health.backspasm.screening.Screening;
import health.backspasm.screening.ScreeningEngine;
import health.backspasm.screening.TriggeredRedFlag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every red flag of the knowledge is pinned by the vignettes from both sides: a case that fires it and a
 * near miss that must not; every emergency flag also by a case that leaves it unconfirmed. A red flag
 * added without its cases fails here.
 */
class RedFlagCoverageTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final ScreeningEngine SCREENING = new ScreeningEngine(KNOWLEDGE);
    private static final List<Vignette> VIGNETTES = Vignette.all();

    private static Map<String, TriggeredRedFlag> triggered(Vignette v) {
        Screening s = SCREENING.screen(v.facts());
        return s.redFlags().stream().collect(Collectors.toMap(TriggeredRedFlag::id, t -> t));
    }

    @Test
    void shouldHaveAVignetteThatFiresEveryRedFlagAndANearMissThatDoesNot() {
        Set<String> fired = new HashSet<>();
        Set<String> nearMissed = new HashSet<>();
        for (Vignette v : VIGNETTES) {
            Map<String, TriggeredRedFlag> flags = triggered(v);
            flags.values().stream().filter(t -> t.status() == RedFlagStatus.confirmed)
                    .forEach(t -> fired.add(t.id()));
            nearMissed.addAll(v.nearMiss());
        }
        List<String> ids = KNOWLEDGE.redFlags().all().stream().map(RedFlag::id).toList();
        assertThat(ids).as("red flags no vignette fires").allMatch(fired::contains);
        assertThat(ids).as("red flags without a near-miss vignette").allMatch(nearMissed::contains);
    }

    @Test
    void shouldNotTriggerARedFlagOnItsNearMisses() {
        List<String> wrong = new ArrayList<>();
        for (Vignette v : VIGNETTES) {
            Map<String, TriggeredRedFlag> flags = triggered(v);
            v.nearMiss().stream().filter(flags::containsKey)
                    .forEach(id -> wrong.add(id + " (" + flags.get(id).status() + ") on '" + v.name() + "'"));
        }
        assertThat(wrong).as("near misses that trigger their red flag").isEmpty();
    }

    @Test
    void shouldReportDoubtedRedFlagsUnconfirmedNamingWhatCouldNotBeRuledOut() {
        List<String> wrong = new ArrayList<>();
        for (Vignette v : VIGNETTES) {
            Map<String, TriggeredRedFlag> flags = triggered(v);
            for (String id : v.unconfirmed()) {
                TriggeredRedFlag t = flags.get(id);
                if (t == null || t.status() != RedFlagStatus.unconfirmed) {
                    wrong.add(id + " not unconfirmed on '" + v.name() + "'");
                } else if (t.unknownFindingIds().isEmpty() || !v.unknown().containsAll(t.unknownFindingIds())
                        || t.unknownFindingIds().stream().map(f -> KNOWLEDGE.findings().find(f).orElseThrow().label())
                                .anyMatch(label -> !t.advice().contains(label))) {
                    wrong.add(id + " does not name what could not be ruled out on '" + v.name() + "': " + t);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldHaveAnUnconfirmedVignetteForEveryEmergencyRedFlag() {
        Set<String> unconfirmed = VIGNETTES.stream().flatMap(v -> v.unconfirmed().stream()).collect(Collectors.toSet());
        assertThat(KNOWLEDGE.redFlags().all()).filteredOn(f -> f.urgency() == Urgency.emergency)
                .extracting(RedFlag::id).allMatch(unconfirmed::contains);
    }
}
