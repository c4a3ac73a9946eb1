package health.backspasm.interpretation;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one Lucene analysis chain for phrases, cues and texts, so that all three are read alike:
 * typographic apostrophes read as plain ones ({@link QuoteCharFilter}), Unicode word boundaries,
 * accents folded, lower case, possessives and apostrophes dropped ("don’t" = "dont"); the word so
 * far is kept as its surface ({@link SurfaceFilter}), then the term is Porter-stemmed in place. Each
 * word passes the chain once and yields both forms.
 */
final class TextAnalyzer extends Analyzer {

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
        return new QuoteCharFilter(reader);
    }
}
