package health.backspasm.knowledge;

import java.util.List;

/**
 * A cause of back spasms. {@code prior} is the cause's share among people who ask (0 to 1, the
 * priors need not sum to 1); {@code evidence} holds the weights the assessment uses;
 * {@code remedyIds} is derived from the remedies that name this cause.
 */
public record Cause(
        String id,
        String name,
        String summary,
        boolean needsDoctor,
        double prior,
        List<Evidence> evidence,
        List<String> remedyIds,
        List<String> sourceIds) {
}
