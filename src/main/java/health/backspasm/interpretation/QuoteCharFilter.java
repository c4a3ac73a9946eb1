package health.backspasm.interpretation;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads the typographic apostrophes and quotes (’ ‘ ʼ ´ `) as a plain apostrophe, so that the
 * tokenizer keeps "don’t" in one word as it does "don't". Each is one character for one, so offsets
 * need no correction; it does what a {@code MappingCharFilter} with these five mappings does, without
 * a dictionary lookup for every character of the text.
 */
final class QuoteCharFilter extends CharFilter {

    QuoteCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            char c = buffer[i];
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '`') {
                buffer[i] = '\'';
            }
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
