package health.backspasm.knowledge;

import java.util.List;

/**
 * Findings asked together on one screen ("tick those that apply"). Red-flag groups are asked
 * first, in file order.
 */
public record QuestionGroup(String id, QuestionPurpose purpose, String text, List<String> findingIds) {
}
