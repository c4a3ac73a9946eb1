package health.backspasm.cds;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.ClinicalCode;
import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.Codes.MedicationRule;
import health.backspasm.knowledge.Codes.ObservationRule;
import health.backspasm.knowledge.Knowledge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a FHIR R4 record to the vocabulary by the codes of codes.yaml: conditions (active ones, and
 * resolved ones for a history), body temperatures at or over the threshold within the window, and
 * medications taken long enough. Plain: the clock is a parameter, nothing is logged.
 */
final class RecordReader {

    private static final Set<String> ACTIVE = Set.of("active", "recurrence", "relapse");
    private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");
    private static final String UCUM = "http://unitsofmeasure.org";

    private final Codes codes;
    private final Set<String> redFlagIds;
    private final Set<String> findingIds;

    RecordReader(Knowledge knowledge) {
        this.codes = knowledge.codes();
        this.redFlagIds = knowledge.redFlags().byId().keySet();
        this.findingIds = knowledge.findings().byId().keySet();
    }

    /**
     * The record of {@code patient} from its resources (any mix of Condition, Observation,
     * MedicationRequest and MedicationStatement; other types are skipped), plus {@code extraCodes}
     * (an order's reason codes), as of {@code today}.
     */
    PatientRecord read(Patient patient, List<Resource> resources, List<CodeableConcept> extraCodes, LocalDate today) {
        Map<String, FindingState> findings = new HashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (CodeableConcept concept : extraCodes) {
            meaning(concept).ifPresent(c -> note(c.means(), FindingState.present, findings, flags));
        }
        for (Resource resource : resources) {
            if (resource instanceof Condition condition) {
                readCondition(condition, findings, flags);
            } else if (resource instanceof Observation observation) {
                readObservation(observation, today, findings);
            } else if (resource instanceof MedicationRequest request) {
                readMedication(request.getMedication() instanceof CodeableConcept cc ? cc : null,
                        "active".equals(request.getStatus() == null ? null : request.getStatus().toCode()),
                        request.getAuthoredOn(), today, findings);
            } else if (resource instanceof MedicationStatement statement) {
                readMedication(statement.getMedication() instanceof CodeableConcept cc ? cc : null,
                        "active".equals(statement.getStatus() == null ? null : statement.getStatus().toCode()),
                        statement.hasEffectivePeriod() ? statement.getEffectivePeriod().getStart()
                                : statement.hasEffectiveDateTimeType() ? statement.getEffectiveDateTimeType().getValue()
                                : null, today, findings);
            }
        }
        return new PatientRecord(age(patient, today), findings, List.copyOf(flags));
    }

    /** True when {@code concept} is coded as an imaging order of codes.yaml; its id, else empty. */
    Optional<String> imagingOrder(CodeableConcept concept) {
        return meaning(concept).map(ClinicalCode::means).filter(codes::isImagingOrder);
    }

    private void readCondition(Condition condition, Map<String, FindingState> findings, Set<String> flags) {
        String verification = status(condition.getVerificationStatus());
        if (verification != null && NOT_TRUE.contains(verification)) {
            return;
        }
        String clinical = status(condition.getClinicalStatus());
        boolean active = clinical == null || ACTIVE.contains(clinical);
        meaning(condition.getCode()).filter(c -> active || c.includeResolved())
                .ifPresent(c -> note(c.means(), FindingState.present, findings, flags));
    }

    private void readObservation(Observation observation, LocalDate today, Map<String, FindingState> findings) {
        String status = observation.getStatus() == null ? null : observation.getStatus().toCode();
        if (!"final".equals(status) && !"amended".equals(status) && !"corrected".equals(status)
                && !"preliminary".equals(status)) {
            return;
        }
        Optional<ClinicalCode> code = meaning(observation.getCode());
        if (code.isEmpty() || !observation.hasValueQuantity()) {
            return;
        }
        for (ObservationRule rule : codes.observations()) {
            if (!rule.findingId().equals(code.get().means())) {
                continue;
            }
            Date when = observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType().getValue()
                    : observation.hasEffectivePeriod() ? observation.getEffectivePeriod().getEnd() : null;
            if (when == null || ChronoUnit.DAYS.between(toDate(when), today) > rule.withinDays()) {
                continue;
            }
            Double value = celsius(observation.getValueQuantity(), rule.unit());
            if (value != null && value >= rule.atLeast()) {
                findings.put(rule.findingId(), FindingState.present);
            }
        }
    }

    private void readMedication(CodeableConcept medication, boolean active, Date start, LocalDate today,
            Map<String, FindingState> findings) {
        Optional<ClinicalCode> code = meaning(medication);
        if (!active || code.isEmpty()) {
            return;
        }
        for (MedicationRule rule : codes.medications()) {
            if (!rule.findingId().equals(code.get().means())) {
                continue;
            }
            if (start == null) {
                findings.putIfAbsent(rule.findingId(), FindingState.unknown);
            } else if (ChronoUnit.DAYS.between(toDate(start), today) >= rule.minimumDays()) {
                findings.put(rule.findingId(), FindingState.present);
            }
        }
    }

    private void note(String means, FindingState state, Map<String, FindingState> findings, Set<String> flags) {
        if (redFlagIds.contains(means)) {
            flags.add(means);
        } else if (findingIds.contains(means)) {
            findings.put(means, state);
        }
    }

    private Optional<ClinicalCode> meaning(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        for (Coding coding : concept.getCoding()) {
            Optional<ClinicalCode> found = codes.find(coding.getSystem(), coding.getCode());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A temperature in the rule's unit (Cel): degrees Fahrenheit are converted; other units are not read. */
    private static Double celsius(Quantity quantity, String unit) {
        BigDecimal value = quantity.getValue();
        if (value == null) {
            return null;
        }
        String code = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
        if (quantity.hasSystem() && !UCUM.equals(quantity.getSystem())) {
            return null;
        }
        if (unit.equals(code) || (code != null && (code.equals("°C") || code.equals("C")))) {
            return value.doubleValue();
        }
        if ("Cel".equals(unit) && code != null && (code.equals("[degF]") || code.equals("°F"))) {
            return (value.doubleValue() - 32) * 5 / 9;
        }
        return null;
    }

    /**
     * Age in whole years. A birth date given only to the year or month is read as its earliest day, so
     * the age is never under-estimated (the age rules fire at 50 and 70 or over).
     */
    private static Integer age(Patient patient, LocalDate today) {
        if (patient == null || !patient.hasBirthDate()) {
            return null;
        }
        var birth = patient.getBirthDateElement();
        LocalDate date = birth.getPrecision() == TemporalPrecisionEnum.YEAR
                ? LocalDate.of(birth.getYear(), 1, 1)
                : birth.getPrecision() == TemporalPrecisionEnum.MONTH
                        ? LocalDate.of(birth.getYear(), birth.getMonth() + 1, 1)
                        : LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
        int years = Period.between(date, today).getYears();
        return years < 0 || years > 120 ? null : years;
    }

    private static LocalDate toDate(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String status(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        return concept.getCoding().isEmpty() ? null : concept.getCoding().get(0).getCode();
    }
}
