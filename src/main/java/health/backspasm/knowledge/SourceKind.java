package health.backspasm.knowledge;

/** What kind of publication a source is. Spelled as on the wire. */
public enum SourceKind {
    /** A clinical guideline or guideline-derived summary (NICE, ACP, BASS). */
    guideline,
    /** Public health information for patients (NHS website). */
    patient_information,
    /** Peer-reviewed research (a study or a systematic review). */
    research,
    /** An editorial article for the public. */
    article,
    /** A page written by someone who sells a product; its claims are graded as vendor claims. */
    vendor_page,
    /** A code system, value set or code browser that clinical codes are taken from (codes.yaml). */
    terminology
}
