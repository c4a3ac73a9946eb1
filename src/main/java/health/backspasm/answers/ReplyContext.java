package health.backspasm.answers;

import java.util.List;
import java.util.Set;

/**
 * What reading a checklist reply needs beside the reply itself, built once from answers.yaml and the
 * labels: the lexicon, the label words, the words that may stand beside a pick, and the words that make
 * an "absent" doubtful.
 */
record ReplyContext(AnswerLexicon lexicon, ItemNames names, Set<String> referenceWords,
        List<List<String>> doubtfulNegation) {

    static ReplyContext of(AnswerWords words, AnswerLexicon lexicon, ItemNames names) {
        return new ReplyContext(lexicon, names, Set.copyOf(words.referenceWords().stream()
                        .map(ReplyText::key).toList()),
                words.doubtfulNegation().stream()
                        .map(e -> ReplyText.words(e).stream().map(ReplyText.Word::text).toList()).toList());
    }
}
