package health.backspasm.knowledge;

/** The groups of findings of the vocabulary. Spelled as on the wire. */
public enum FindingKind {
    /** How the pain began, where it is, what it feels like. */
    symptom,
    /** Sports, exercise habits and lifting. */
    activity,
    /** Posture, lifestyle, hydration, diet, environment and minor or major injury. */
    lifestyle,
    /** Neurological signs, general illness and medical history that raise the urgency. */
    warning_sign
}
