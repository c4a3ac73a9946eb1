package health.backspasm.interpretation;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import health.backspasm.knowledge.Prepared;
import java.util.Locale;

/**
 * Whether a text looks like English, by Lingua's statistical language identification (n-gram models
 * of each language; Peter M. Stahl, com.github.pemistahl:lingua 1.2.2) restricted to English and the
 * five languages most often typed to a European or American chatbot, in its low-accuracy mode
 * (trigrams only). Measured on this project's 2-core machine: about 0.8 s to build, 3.4 s to load the
 * models on the first text, then about 50 microseconds a text and about 50 MB of heap. So that neither
 * the start nor a request pays the loading, the detector is built and warmed on a background thread
 * {@value #WARM_AFTER_SECONDS} seconds after the interpreter is built; until then {@link #notEnglish}
 * answers null (no notice). It is asked only about texts in which the interpreter recognised little
 * (see {@link Interpreter}), so that an ordinary English message pays nothing for it.
 */
final class LanguageCheck {

    static final int WARM_AFTER_SECONDS = 5;

    private volatile LanguageDetector detector;

    LanguageCheck() {
        Prepared.later("language-models", WARM_AFTER_SECONDS, this::warm);
    }

    /** Builds the detector and loads its models; also called directly by tests that must not wait. */
    LanguageCheck warm() {
        LanguageDetector built = LanguageDetectorBuilder
                .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
                        Language.PORTUGUESE, Language.ITALIAN)
                .withLowAccuracyMode()
                .build();
        built.detectLanguageOf("warm the models once");
        detector = built;
        return this;
    }

    boolean ready() {
        return detector != null;
    }

    /** The ISO 639-1 code of the text's language when it is identified and not English, else null. */
    String notEnglish(String text) {
        LanguageDetector current = detector;
        if (current == null) {
            return null;
        }
        Language language = current.detectLanguageOf(text);
        if (language == Language.ENGLISH || language == Language.UNKNOWN) {
            return null;
        }
        IsoCode639_1 code = language.getIsoCode639_1();
        return code.toString().toLowerCase(Locale.ROOT);
    }
}
