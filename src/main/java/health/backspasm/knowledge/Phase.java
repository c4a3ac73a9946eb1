package health.backspasm.knowledge;

/** When a remedy applies. Spelled as on the wire. */
public enum Phase {
    acute,
    recovery,
    prevention
}
