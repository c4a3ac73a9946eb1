package health.backspasm.knowledge;

/**
 * How well a remedy is backed, strongest first: a clinical guideline, an editorial article, or a
 * claim made by someone who sells the remedy. Spelled as on the wire.
 */
public enum EvidenceGrade {
    guideline,
    article,
    vendor_claim
}
