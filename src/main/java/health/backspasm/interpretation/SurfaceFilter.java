package health.backspasm.interpretation;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops every apostrophe from a word ("dont" for "don't", "rocknroll" for "rock'n'roll") and keeps
 * the result as the word's surface in a {@link SurfaceAttribute}, before the stemmer that follows
 * rewrites the term. One pass over each word's characters, with no pattern matching and no copy of
 * the token's state.
 */
final class SurfaceFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SurfaceAttribute surface;

    SurfaceFilter(TokenStream input) {
        super(input);
        addAttributeImpl(new SurfaceAttributeImpl());
        surface = getAttribute(SurfaceAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c != '\'') {
                chars[kept++] = c;
            }
        }
        term.setLength(kept);
        surface.keep(chars, kept);
        return true;
    }
}
