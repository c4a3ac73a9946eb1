package health.backspasm.knowledge;

import java.util.List;

/**
 * One code of a health record's code system (FHIR {@code Coding.system} URI and {@code code}) and
 * the vocabulary id it means: a finding, cause or red flag, or an imaging order of {@link Codes}.
 * {@code includeSubcodes}: every code starting with this one matches too (an ICD-10 category, an
 * ATC group). {@code includeResolved}: a resolved or inactive Condition still counts (a history).
 */
public record ClinicalCode(String system, String code, String display, String means, boolean includeSubcodes,
        boolean includeResolved, List<String> sourceIds) {

    /** True when {@code otherCode} of {@code otherSystem} is this code (or one of its subcodes). */
    public boolean matches(String otherSystem, String otherCode) {
        if (otherSystem == null || otherCode == null || !system.equals(otherSystem)) {
            return false;
        }
        return includeSubcodes ? otherCode.startsWith(code) : code.equals(otherCode);
    }
}
