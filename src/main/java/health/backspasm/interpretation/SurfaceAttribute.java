package health.backspasm.interpretation;

import org.apache.lucene.util.Attribute;

/**
 * A word as typed (folded, lower case, apostrophes dropped) beside the term that the stemmer then
 * rewrites in place, so that each word passes the analysis chain once and still yields both forms.
 */
interface SurfaceAttribute extends Attribute {

    /** Keeps the first {@code length} characters of {@code chars}. */
    void keep(char[] chars, int length);

    char[] buffer();

    int length();
}
