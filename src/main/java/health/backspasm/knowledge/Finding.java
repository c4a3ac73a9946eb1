package health.backspasm.knowledge;

import java.util.List;

/** Something a person can report, with the plain-language question that asks for it. */
public record Finding(String id, String label, FindingKind kind, String question, List<String> sourceIds) {
}
