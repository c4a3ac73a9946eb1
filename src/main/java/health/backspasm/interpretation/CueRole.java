package health.backspasm.interpretation;

/** What a cue of {@code negation.yaml} does to the findings around it. */
enum CueRole {
    TRIGGER,
    /** Negates only the finding that starts right after it ("non-radiating"). */
    PREFIX_TRIGGER,
    POST_TRIGGER,
    PSEUDO_TRIGGER,
    TERMINATOR,
    UNCERTAINTY,
    POST_UNCERTAINTY
}
