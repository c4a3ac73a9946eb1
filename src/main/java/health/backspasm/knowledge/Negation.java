package health.backspasm.knowledge;

import java.util.List;

/**
 * The small words around findings that change what a sentence says about them, read by the free-text
 * interpreter (NegEx-style): what negates the findings that follow ({@code triggers}) or precede
 * ({@code postTriggers}, only at the end of a clause), look-alikes that negate nothing
 * ({@code pseudoTriggers}), words that end a negation's scope ({@code terminators}), cues that make a
 * mention uncertain, and the words the phrase matcher may skip ({@code fillerWords}) or must never read
 * as a typo of a phrase word ({@code plainWords}).
 */
public record Negation(
        List<String> triggers,
        List<String> postTriggers,
        List<String> pseudoTriggers,
        List<String> terminators,
        List<String> uncertaintyCues,
        List<String> postUncertaintyCues,
        List<String> fillerWords,
        List<String> plainWords) {
}
