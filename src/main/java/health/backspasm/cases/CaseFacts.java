package health.backspasm.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated case indexed for the engines: each finding's answer by id, and the numbers. A finding
 * without an answer has not been asked. Built once per request; the engines only read it.
 */
public record CaseFacts(Integer age, Integer durationDays, Map<String, FindingState> states) {

    public CaseFacts {
        states = Map.copyOf(states);
    }

    /** Indexes a case that passed validation (ids known and unique). */
    public static CaseFacts of(CaseInput input) {
        List<ReportedFinding> findings = input.findingsOrEmpty();
        Map<String, FindingState> states = new HashMap<>(findings.size() * 2);
        for (ReportedFinding f : findings) {
            if (f != null && f.id() != null && f.state() != null) {
                states.putIfAbsent(f.id(), f.state());
            }
        }
        return new CaseFacts(input.age(), input.durationDays(), states);
    }

    /** The answer for this finding, or null when it has not been asked. */
    public FindingState state(String findingId) {
        return states.get(findingId);
    }

    public boolean isAnswered(String findingId) {
        return states.containsKey(findingId);
    }

    public boolean isPresent(String findingId) {
        return states.get(findingId) == FindingState.present;
    }

    /** A copy with more answers; answers already given are kept. */
    public CaseFacts with(Map<String, FindingState> more) {
        Map<String, FindingState> merged = new HashMap<>(more);
        merged.putAll(states);
        return new CaseFacts(age, durationDays, merged);
    }

    public CaseFacts withAge(Integer newAge) {
        return new CaseFacts(newAge, durationDays, states);
    }

    public CaseFacts withDurationDays(Integer days) {
        return new CaseFacts(age, days, states);
    }
}
