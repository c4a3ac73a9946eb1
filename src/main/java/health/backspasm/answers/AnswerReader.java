package health.backspasm.answers;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.QuestionKind;
import health.backspasm.interpretation.Interpretation;
import health.backspasm.interpretation.Interpreter;
import health.backspasm.interpretation.Mention;
import health.backspasm.knowledge.Finding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoaded;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a typed reply as the answer to the interview question it was given to (POST /api/v1/answers):
 * yes, no and "not sure" in everyday forms, items named by position or by words, free descriptions
 * read by the {@link Interpreter} (so its rules for negation, doubt, other people and the past apply),
 * and numbers. It never guesses on a red flag: a reply it cannot map with confidence settles nothing and
 * says what to ask; a bare yes to a checklist of several items is a request to say which. The words it
 * reads are those of knowledge/answers.yaml, checked here at start-up. It never logs the reply.
 */
@Startup
@ApplicationScoped
public class AnswerReader {

    private final Interpreter interpreter;
    private final AnswerWords words;
    private final AnswerLexicon lexicon;
    private final ReplyContext context;
    private final Set<String> questionWords;
    private final Set<String> alternatives;
    private final AskableQuestions askable;
    private final ItemNames names;
    private final NumberReplies numbers;
    private final Map<String, Finding> findings;

    @Inject
    public AnswerReader(Knowledge knowledge, Interpreter interpreter) {
        this(knowledge, interpreter, AnswerWordsLoader.load(KnowledgeFiles.classpath("knowledge")), Clock.systemUTC());
    }

    AnswerReader(Knowledge knowledge, Interpreter interpreter, AnswerWords words, Clock clock) {
        this.interpreter = interpreter;
        this.words = words;
        this.lexicon = new AnswerLexicon(words);
        this.askable = new AskableQuestions(knowledge);
        Set<String> ignored = new HashSet<>();
        for (List<String> list : List.of(words.fillerWords(), words.yes(), words.no(), words.unsure(), words.not(),
                words.all(), words.none(), words.both(), words.rest(), words.except(), words.but(), words.only())) {
            list.forEach(entry -> ReplyText.words(entry).forEach(w -> ignored.add(w.text())));
        }
        this.names = new ItemNames(knowledge.findings().all(), Set.copyOf(ignored));
        this.context = ReplyContext.of(words, lexicon, names);
        this.questionWords = Set.copyOf(words.questionWords().stream().map(ReplyText::key).toList());
        this.alternatives = Set.copyOf(words.alternatives().stream().map(ReplyText::key).toList());
        this.numbers = new NumberReplies(clock);
        Map<String, Finding> byId = new HashMap<>();
        knowledge.findings().all().forEach(f -> byId.put(f.id(), f));
        this.findings = Map.copyOf(byId);
    }

    /** A reader with the service's own answer words and interpreter, for tests and tools. */
    public static AnswerReader of(Knowledge knowledge, Clock clock) {
        return new AnswerReader(knowledge, new Interpreter(knowledge),
                AnswerWordsLoader.load(KnowledgeFiles.classpath("knowledge")), clock);
    }

    /** Nothing to do: observing the event has CDI build this bean (and check answers.yaml) at start-up. */
    void prepare(@Observes KnowledgeLoaded loaded) {
    }

    /**
     * Reads {@code reply} as the answer to {@code question}, which must be a question the interview asks
     * (else a 400 {@link health.backspasm.http.ProblemException} naming the field).
     */
    public AnswerReading read(CaseQuestion question, String reply) {
        askable.check(question);
        Interpretation said = interpreter.interpret(reply);
        List<ReplyText.Word> replyWords = ReplyText.words(reply);
        if (asksBack(reply, replyWords)) {
            List<Mention> other = new ArrayList<>(said.findings());
            other.addAll(said.uncertain());
            return AnswerReading.notUnderstood(clarification(question, false), other);
        }
        if (question.kind() == QuestionKind.age || question.kind() == QuestionKind.duration) {
            return readNumber(question.kind(), reply, said, replyWords);
        }
        List<String> ids = question.findingIds();
        ChecklistReply checklist = new ChecklistReply(reply, replyWords, ids, said, interpreter::interpret, context,
                askable.isRedFlag(question));
        if (checklist.understood()) {
            return new AnswerReading(true, checklist.answers(), null, null, null, checklist.otherFindings());
        }
        return AnswerReading.notUnderstood(clarification(question, checklist.bareYes()), checklist.otherFindings());
    }

    /** Whether the reply asks something back: a clause ending in "?" that starts with a question word. */
    private boolean asksBack(String reply, List<ReplyText.Word> replyWords) {
        for (int i = 0; i < replyWords.size(); i++) {
            boolean clauseStart = i == 0 || replyWords.get(i - 1).clause() != replyWords.get(i).clause();
            if (!clauseStart || !questionWords.contains(replyWords.get(i).text())) {
                continue;
            }
            int last = i;
            while (last + 1 < replyWords.size() && replyWords.get(last + 1).clause() == replyWords.get(i).clause()) {
                last++;
            }
            int until = last + 1 < replyWords.size() ? replyWords.get(last + 1).start() : reply.length();
            if (reply.substring(replyWords.get(last).end(), until).contains("?")) {
                return true;
            }
        }
        return false;
    }

    /** Whether two numbers of the reply are alternatives: "2 or 3", "40-45", "between 40 and 45". */
    private boolean alternativeNumbers(String reply, List<ReplyText.Word> replyWords) {
        int previous = -1;
        for (int i = 0; i < replyWords.size(); i++) {
            if (!replyWords.get(i).text().chars().allMatch(Character::isDigit)) {
                if (alternatives.contains(replyWords.get(i).text()) && previous >= 0) {
                    for (int j = i + 1; j < replyWords.size(); j++) {
                        if (replyWords.get(j).text().chars().allMatch(Character::isDigit)) {
                            return true;
                        }
                    }
                }
                continue;
            }
            if (previous >= 0 && reply.substring(replyWords.get(previous).end(), replyWords.get(i).start()).strip()
                    .matches("[-–—~]")) {
                return true;
            }
            previous = i;
        }
        return false;
    }

    private AnswerReading readNumber(QuestionKind kind, String reply, Interpretation said,
            List<ReplyText.Word> replyWords) {
        List<Mention> other = new ArrayList<>(said.findings());
        other.addAll(said.uncertain());
        boolean[] none = new boolean[replyWords.size()];
        List<AnswerLexicon.Found> found = lexicon.find(replyWords, none);
        if (alternativeNumbers(reply, replyWords)) {
            return AnswerReading.notUnderstood(kind == QuestionKind.age ? words.clarifications().age()
                    : words.clarifications().duration(), other);
        }
        if (kind == QuestionKind.age) {
            Integer age = said.age() != null ? said.age() : numbers.age(replyWords, found);
            return age == null ? AnswerReading.notUnderstood(words.clarifications().age(), other)
                    : new AnswerReading(true, List.of(), age, null, null, other);
        }
        Integer days = said.durationDays() != null ? said.durationDays() : numbers.days(replyWords, found);
        return days == null ? AnswerReading.notUnderstood(words.clarifications().duration(), other)
                : new AnswerReading(true, List.of(), null, days, null, other);
    }

    private String clarification(CaseQuestion question, boolean bareYes) {
        if (question.kind() == QuestionKind.finding) {
            return words.clarifications().finding().replace("{question}",
                    findings.get(question.findingIds().get(0)).question());
        }
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < question.findingIds().size(); i++) {
            items.append(i == 0 ? "" : "; ").append(i + 1).append(". ")
                    .append(findings.get(question.findingIds().get(i)).label());
        }
        String template = bareYes ? words.clarifications().checklistYes() : words.clarifications().checklist();
        return template.replace("{items}", items.toString());
    }
}
