package health.backspasm.cds;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.knowledge.ClinicalCode;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.ScreeningEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Safety properties of reading records, over seeded generated records of every condition code of
 * codes.yaml: adding a condition to a record never lowers the level; every code that means an
 * emergency red flag or one of its findings gives a critical card with back pain; no back pain, no card.
 */
class RecordScreeningPropertiesTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final RecordReader READER = new RecordReader(KNOWLEDGE);
    private static final RedFlagCards CARDS = new RedFlagCards(KNOWLEDGE, new ScreeningEngine(KNOWLEDGE));
    private static final List<ClinicalCode> CONDITION_CODES = KNOWLEDGE.codes().all().stream()
            .filter(c -> !KNOWLEDGE.codes().isImagingOrder(c.means()))
            .filter(c -> !c.system().equals("http://loinc.org"))
            .toList();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final int CASES = 3000;

    private static Condition condition(ClinicalCode code, boolean resolved) {
        Condition c = new Condition();
        c.setCode(new CodeableConcept().addCoding(new Coding(code.system(), code.code(), code.display())));
        c.setClinicalStatus(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", resolved ? "resolved" : "active", null)));
        return c;
    }

    private static Patient patient(int age) {
        Patient p = new Patient();
        p.setBirthDate(Date.from(TODAY.minusYears(age).minusDays(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return p;
    }

    private static Urgency level(Patient patient, List<Resource> resources) {
        return CARDS.assess(READER.read(patient, resources, List.of(), TODAY)).level();
    }

    @Test
    void shouldNeverLowerTheLevelWhenTheRecordHoldsOneMoreCondition() {
        Random random = new Random(18);
        for (int i = 0; i < CASES; i++) {
            Patient patient = patient(18 + random.nextInt(80));
            List<Resource> resources = new ArrayList<>();
            int size = random.nextInt(5);
            for (int k = 0; k < size; k++) {
                resources.add(condition(CONDITION_CODES.get(random.nextInt(CONDITION_CODES.size())), random.nextBoolean()));
            }
            Urgency before = level(patient, resources);
            ClinicalCode added = CONDITION_CODES.get(random.nextInt(CONDITION_CODES.size()));
            resources.add(random.nextInt(resources.size() + 1), condition(added, random.nextBoolean()));
            assertThat(level(patient, resources)).as("case %d: adding %s|%s", i, added.system(), added.code())
                    .isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void shouldGiveACriticalCardForEveryCodeOfAnEmergencyWithBackPain() {
        ClinicalCode backPain = KNOWLEDGE.codes().codesFor("pain.lower_back").get(0);
        int emergencies = 0;
        for (ClinicalCode code : CONDITION_CODES) {
            List<Resource> alone = List.of(condition(code, false));
            boolean emergency = level(patient(40), alone) == Urgency.emergency;
            if (!emergency) {
                continue;
            }
            emergencies++;
            List<Card> cards = CARDS.cards(READER.read(patient(40),
                    List.of(condition(backPain, false), condition(code, false)), List.of(), TODAY));
            assertThat(cards).as(code.code()).first().extracting(Card::indicator).isEqualTo(Card.Indicator.critical);
        }
        assertThat(emergencies).as("codes that mean an emergency on their own").isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldGiveNoCardWithoutBackPainWhateverElseTheRecordHolds() {
        Random random = new Random(1818);
        List<ClinicalCode> notBackPain = CONDITION_CODES.stream()
                .filter(c -> !KNOWLEDGE.codes().backPainFindings().contains(c.means())).toList();
        for (int i = 0; i < CASES; i++) {
            List<Resource> resources = new ArrayList<>();
            for (int k = random.nextInt(6); k >= 0; k--) {
                resources.add(condition(notBackPain.get(random.nextInt(notBackPain.size())), false));
            }
            assertThat(CARDS.cards(READER.read(patient(18 + random.nextInt(80)), resources, List.of(), TODAY)))
                    .as("case %d", i).isEmpty();
        }
    }
}
