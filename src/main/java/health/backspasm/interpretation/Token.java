package health.backspasm.interpretation;

/**
 * One word of a text: as typed (lower-cased, apostrophes dropped), its stem, its UTF-16 offsets in
 * the text (end exclusive), its sentence number, and what separates it from the next word.
 */
record Token(String surface, String stem, int start, int end, int sentence, boolean clauseEndAfter,
        String gapAfter) {
}
