package health.backspasm.interpretation;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one Lucene analysis chain for phrases, cues and texts, so that all three are read alike:
 * Unicode word boundaries, accents folded, lower case, possessives and apostrophes dropped
 * ("don’t" = "dont"); the word so far is kept as its surface ({@link SurfaceAttribute}), then the
 * term is Porter-stemmed in place. Each word passes the chain once and yields both forms.
 */
final class TextAnalyzer extends Analyzer {

    private static final NormalizeCharMap QUOTES;

    static {
        NormalizeCharMap.Builder quotes = new NormalizeCharMap.Builder();
        for (String quote : new String[] {"\u2019", "\u2018", "\u02BC", "\u00B4", "`"}) {
            quotes.add(quote, "'");
        }
        QUOTES = quotes.build();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new SurfaceFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new MappingCharFilter(QUOTES, reader);
    }
}
