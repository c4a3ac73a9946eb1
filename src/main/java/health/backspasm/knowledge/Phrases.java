package health.backspasm.knowledge;

import java.util.List;

/** The words people use for one finding, read by the free-text interpreter. */
public record Phrases(String findingId, List<String> phrases) {
}
