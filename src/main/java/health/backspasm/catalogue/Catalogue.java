package health.backspasm.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.FindingKind;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeLoaded;
import health.backspasm.knowledge.Phase;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every catalogue response body, serialized once at start-up: the knowledge never changes while
 * the service runs, so a request only picks its bytes. Filtered lists are precomputed for every
 * filter value too (a handful of kinds, causes and phases). The bean is built on the knowledge's
 * loading thread as soon as the knowledge is loaded ({@link #prepare}), beside the framework's start-up;
 * as a {@link Startup} bean, the start waits for it.
 */
@Singleton
@Startup
class Catalogue {

    /** The JSON bodies of one kind of entry: the whole list, and each entry by id. */
    record Bodies(byte[] all, Map<String, byte[]> byId) {

        Optional<byte[]> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    private final ObjectMapper json;
    private final String etag;
    private final byte[] summary;
    private final Bodies findings;
    private final Bodies causes;
    private final Bodies remedies;
    private final Bodies redFlags;
    private final Bodies sources;
    private final Map<FindingKind, byte[]> findingsByKind;
    /** Keyed by cause id, phase and evidence grade (null: not filtered): every combination of the filters. */
    private final Map<RemedyFilter, byte[]> remediesByFilter;

    record RemedyFilter(String causeId, Phase phase, EvidenceGrade evidence) {
    }

    Catalogue(Knowledge knowledge, ObjectMapper json) {
        this.json = json;
        this.etag = knowledge.etag();
        this.summary = write(KnowledgeView.of(knowledge));
        Codes codes = knowledge.codes();
        List<FindingView> findingViews = knowledge.findings().all().stream().map(f -> FindingView.of(f, codes)).toList();
        List<RemedyView> remedyViews = knowledge.remedies().all().stream().map(RemedyView::of).toList();
        this.findings = bodies(findingViews, FindingView::id);
        this.causes = bodies(knowledge.causes().all().stream().map(c -> CauseView.of(c, codes)).toList(),
                CauseView::id);
        this.remedies = bodies(remedyViews, RemedyView::id);
        this.redFlags = bodies(knowledge.redFlags().all().stream().map(f -> RedFlagView.of(f, codes)).toList(),
                RedFlagView::id);
        this.sources = bodies(knowledge.sources().all().stream().map(SourceView::of).toList(), SourceView::id);

        Map<FindingKind, byte[]> byKind = new HashMap<>();
        for (FindingKind kind : FindingKind.values()) {
            byKind.put(kind, write(findingViews.stream().filter(f -> f.kind() == kind).toList()));
        }
        this.findingsByKind = Map.copyOf(byKind);

        Map<RemedyFilter, byte[]> byFilter = new HashMap<>();
        List<String> causeFilters = Stream.concat(Stream.of((String) null), knowledge.causes().byId().keySet().stream())
                .toList();
        List<Phase> phaseFilters = Stream.concat(Stream.of((Phase) null), Arrays.stream(Phase.values())).toList();
        List<EvidenceGrade> evidenceFilters = Stream.concat(Stream.of((EvidenceGrade) null),
                Arrays.stream(EvidenceGrade.values())).toList();
        for (String causeId : causeFilters) {
            for (Phase phase : phaseFilters) {
                for (EvidenceGrade evidence : evidenceFilters) {
                    Predicate<RemedyView> matches = r -> (causeId == null || r.causeIds().contains(causeId))
                            && (phase == null || r.phase() == phase)
                            && (evidence == null || r.evidence() == evidence);
                    byFilter.put(new RemedyFilter(causeId, phase, evidence),
                            write(remedyViews.stream().filter(matches).toList()));
                }
            }
        }
        this.remediesByFilter = Map.copyOf(byFilter);
    }

    /** Nothing to do: observing the event has CDI build this bean, on the thread that fired it. */
    void prepare(@Observes KnowledgeLoaded loaded) {
    }

    /** The entity tag of every catalogue response: it changes with any edit of the knowledge. */
    String etag() {
        return etag;
    }

    byte[] summary() {
        return summary;
    }

    Bodies findings() {
        return findings;
    }

    byte[] findings(FindingKind kind) {
        return findingsByKind.get(kind);
    }

    Bodies causes() {
        return causes;
    }

    Bodies remedies() {
        return remedies;
    }

    /**
     * The remedies for a cause, a phase and an evidence grade, each may be null (not filtered); empty when the
     * cause is not known.
     */
    Optional<byte[]> remedies(String causeId, Phase phase, EvidenceGrade evidence) {
        return Optional.ofNullable(remediesByFilter.get(new RemedyFilter(causeId, phase, evidence)));
    }

    Bodies redFlags() {
        return redFlags;
    }

    Bodies sources() {
        return sources;
    }

    private <T> Bodies bodies(List<T> views, Function<T, String> id) {
        Map<String, byte[]> byId = new LinkedHashMap<>();
        views.forEach(v -> byId.put(id.apply(v), write(v)));
        return new Bodies(write(views), Map.copyOf(byId));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the catalogue entry " + value, e);
        }
    }
}
