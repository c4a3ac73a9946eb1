package health.backspasm.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A written case with the level and leading cause(s) that the facts imply (src/test/resources/vignettes).
 * {@code unconfirmed} names the red flags the case must report unconfirmed (doubted, not ruled out);
 * {@code nearMiss} the red flags it comes close to and must not trigger.
 */
public record Vignette(String name, Integer age, Integer durationDays, List<String> present, List<String> absent,
        List<String> unknown, Urgency level, List<String> causes, List<String> unconfirmed, List<String> nearMiss) {

    static final List<String> FILES = List.of("self-care.yaml", "consult.yaml", "urgent.yaml", "emergency.yaml",
            "red-flags.yaml");

    public Vignette {
        present = present == null ? List.of() : List.copyOf(present);
        absent = absent == null ? List.of() : List.copyOf(absent);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        causes = List.copyOf(causes);
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
        nearMiss = nearMiss == null ? List.of() : List.copyOf(nearMiss);
    }

    public static List<Vignette> all() {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Vignette> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = Vignette.class.getResourceAsStream("/vignettes/" + file)) {
                all.addAll(yaml.readValue(in, new TypeReference<List<Vignette>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read vignettes/" + file, e);
            }
        }
        return all;
    }

    /** The case as written: a finding not listed has not been asked. */
    public CaseFacts facts() {
        Map<String, FindingState> states = new HashMap<>();
        present.forEach(id -> states.put(id, FindingState.present));
        absent.forEach(id -> states.put(id, FindingState.absent));
        unknown.forEach(id -> states.put(id, FindingState.unknown));
        return new CaseFacts(age, durationDays, states);
    }

    /** The whole truth: every finding of the knowledge answered, those not listed absent. */
    public CaseFacts fullTruth(Knowledge knowledge) {
        Map<String, FindingState> states = new HashMap<>(facts().states());
        knowledge.findings().all().forEach(f -> states.putIfAbsent(f.id(), FindingState.absent));
        return new CaseFacts(age, durationDays, states);
    }

    /** How the person answers a finding's question. */
    public FindingState answer(String findingId) {
        if (present.contains(findingId)) {
            return FindingState.present;
        }
        return unknown.contains(findingId) ? FindingState.unknown : FindingState.absent;
    }
}
