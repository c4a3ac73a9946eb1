package health.backspasm.interpretation;

/** What a text says about a finding it mentions; spelled as on the wire. */
public enum MentionState {
    present,
    absent,
    uncertain
}
