package health.backspasm.interpretation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a text into {@link Token}s with the shared {@link TextAnalyzer}, and marks sentence and
 * clause ends from the punctuation between words (the analyser drops punctuation). A word becomes a
 * token once the next word (or the end of the text) shows what separates them.
 */
final class Tokenizer {

    private final Analyzer analyzer = new TextAnalyzer();

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            SurfaceAttribute typed = stream.addAttribute(SurfaceAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            String surface = null;
            String stem = null;
            int start = 0;
            int end = 0;
            int sentence = 0;
            while (stream.incrementToken()) {
                if (surface != null) {
                    sentence = add(tokens, text, surface, stem, start, end, offset.startOffset(), false, sentence);
                }
                surface = new String(typed.buffer(), 0, typed.length());
                stem = sameChars(term, typed) ? surface : term.toString();
                start = offset.startOffset();
                end = offset.endOffset();
            }
            if (surface != null) {
                add(tokens, text, surface, stem, start, end, text.length(), true, sentence);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        return tokens;
    }

    /** Adds a word followed by the next word (or the end of the text) at {@code next}; returns the next sentence. */
    private static int add(List<Token> tokens, String text, String surface, String stem, int start, int end, int next,
            boolean last, int sentence) {
        String gap = next == end + 1 && text.charAt(end) == ' ' ? " " : text.substring(end, next);
        boolean sentenceEnd = last || endsSentence(gap);
        boolean clauseEnd = sentenceEnd || endsClause(gap);
        tokens.add(new Token(surface, stem, start, end, sentence, clauseEnd, gap));
        return sentenceEnd ? sentence + 1 : sentence;
    }

    private static boolean sameChars(CharTermAttribute term, SurfaceAttribute surface) {
        int length = term.length();
        if (length != surface.length()) {
            return false;
        }
        char[] a = term.buffer();
        char[] b = surface.buffer();
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r' || c == '\u2026') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ',' || c == ':' || c == '(' || c == ')' || c == '\u2013' || c == '\u2014'
                    || (c == '-' && gap.length() > 1)) {
                return true;
            }
        }
        return false;
    }
}
