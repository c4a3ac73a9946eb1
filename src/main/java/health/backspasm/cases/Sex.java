package health.backspasm.cases;

/** Spelled as on the wire. */
public enum Sex {
    female,
    male,
    other
}
