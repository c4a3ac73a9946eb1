package health.backspasm.interpretation;

/**
 * Why a mention is not a finding of the case (ConText's experiencer and temporality); spelled as on
 * the wire.
 */
public enum SetAsideReason {
    /** Someone else's: "my mum had breast cancer". */
    other_person,
    /** Past, not current: "had a high temperature last week, all gone now". */
    historical,
    /** Not said to be happening: "if my legs go weak", "watch out for numbness", "could this be cauda equina?". */
    hypothetical
}
