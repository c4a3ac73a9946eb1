package health.backspasm.interpretation;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Whether a text looks like English, by Lingua's statistical language identification (n-gram models
 * of each language; Peter M. Stahl, com.github.pemistahl:lingua) restricted to English and the
 * languages most often typed to a European or American chatbot, in its low-accuracy mode (trigrams
 * only: a few MB of models in memory, loaded on the first text that needs them). It is asked only
 * about texts in which the interpreter recognised little (see {@link Interpreter}), so that the
 * ordinary English message pays nothing for it.
 */
final class LanguageCheck {

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
                    Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.POLISH)
            .withLowAccuracyMode()
            .build();

    /** The ISO 639-1 code of the text's language when it is identified and not English, else null. */
    String notEnglish(String text) {
        Language language = detector.detectLanguageOf(text);
        if (language == Language.ENGLISH || language == Language.UNKNOWN) {
            return null;
        }
        IsoCode639_1 code = language.getIsoCode639_1();
        return code.toString().toLowerCase(Locale.ROOT);
    }
}
