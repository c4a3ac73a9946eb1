package health.backspasm.interpretation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a text into {@link Token}s with the shared {@link TextAnalyzer}, and marks sentence and
 * clause ends from the punctuation between words (the analyser drops punctuation).
 */
final class Tokenizer {

    private final Analyzer analyzer = new TextAnalyzer();

    List<Token> tokens(String text) {
        List<String> surfaces = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    surfaces.add(term.toString());
                    offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
                } else {
                    stems.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        List<Token> tokens = new ArrayList<>(surfaces.size());
        int sentence = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            int end = offsets.get(i)[1];
            int next = i + 1 < surfaces.size() ? offsets.get(i + 1)[0] : text.length();
            String gap = text.substring(end, next);
            boolean sentenceEnd = endsSentence(gap) || i + 1 == surfaces.size();
            boolean clauseEnd = sentenceEnd || endsClause(gap);
            tokens.add(new Token(surfaces.get(i), stems.get(i), offsets.get(i)[0], end, sentence, clauseEnd, gap));
            if (sentenceEnd) {
                sentence++;
            }
        }
        return tokens;
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
