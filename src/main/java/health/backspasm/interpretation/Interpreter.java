package health.backspasm.interpretation;

import health.backspasm.cases.CaseInput;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.knowledge.Finding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeLoaded;
import health.backspasm.knowledge.Negation;
import health.backspasm.knowledge.Phrases;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The free-text engine: reads a person's words into findings (present, absent or uncertain), age and
 * duration, and a case for the screening and the assessment. Everything it matches comes from
 * {@code phrases.yaml} and {@code negation.yaml}; its indexes are built once, here, at start-up
 * ({@link Startup}), so that the first request does not wait on the I/O thread while every phrase is
 * analysed (about 70 ms on a cold JVM; typo targets are only grouped, see {@link Lexicon}). They are
 * built on the knowledge's loading thread as soon as the knowledge is loaded ({@link #prepare}), beside
 * the framework's start-up. It never logs the text or what it found.
 */
@Startup
@ApplicationScoped
public class Interpreter {

    private static final String HISTORY = "history.";
    private static final String SPORT = "sport.";
    /** Texts in which fewer findings than this were recognised are checked for their language. */
    static final int LANGUAGE_CHECK_BELOW = 2;

    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseMatcher matcher;
    private final NegationScopes scopes;
    private final ContextScopes context;
    private final NumberReader numbers;
    private final LanguageCheck language = new LanguageCheck();

    /** Loads the language models now instead of in the background (tests); returns this interpreter. */
    Interpreter withLanguageModelsLoaded() {
        language.warm();
        return this;
    }
    private final Clock clock;
    private final Set<String> settingWords;
    private final Map<String, String> labels;

    /** With the system clock in UTC, or the application's {@link Clock} bean where one is produced. */
    @Inject
    public Interpreter(Knowledge knowledge, Instance<Clock> clocks) {
        this(knowledge, clocks.isResolvable() ? clocks.get() : Clock.systemUTC());
    }

    public Interpreter(Knowledge knowledge) {
        this(knowledge, Clock.systemUTC());
    }

    /** {@code clock} gives the request date that "since Tuesday" counts from (its date in UTC). */
    public Interpreter(Knowledge knowledge, Clock clock) {
        this.clock = clock;
        ContextCues cues = ContextCues.load();
        Negation negation = knowledge.negation();
        PhraseMatcher.Builder builder = new PhraseMatcher.Builder(tokenizer);
        negation.fillerWords().forEach(builder::filler);
        negation.plainWords().forEach(builder::plainWord);
        negation.triggers().forEach(builder::blocker);
        negation.terminators().forEach(builder::blocker);
        negation.uncertaintyCues().forEach(builder::blocker);
        Map<String, Set<CueRole>> roles = new HashMap<>();
        cues(builder, roles, negation.triggers(), CueRole.TRIGGER);
        cues(builder, roles, negation.postTriggers(), CueRole.POST_TRIGGER);
        cues(builder, roles, negation.pseudoTriggers(), CueRole.PSEUDO_TRIGGER);
        cues(builder, roles, negation.terminators(), CueRole.TERMINATOR);
        cues(builder, roles, negation.uncertaintyCues(), CueRole.UNCERTAINTY);
        cues(builder, roles, negation.postUncertaintyCues(), CueRole.POST_UNCERTAINTY);
        cues.prefixTriggers().forEach(builder::blocker);
        cues(builder, roles, cues.prefixTriggers(), CueRole.PREFIX_TRIGGER);
        for (Phrases phrases : knowledge.phrases().all()) {
            for (String phrase : phrases.phrases()) {
                if (!builder.phrase(phrases.findingId(), phrase)) {
                    throw new IllegalStateException("phrases.yaml, entry " + phrases.findingId() + ": the phrase '"
                            + phrase + "' holds no word");
                }
            }
        }
        this.matcher = builder.build();
        this.scopes = new NegationScopes(roles, Set.copyOf(cues.clauseStarters()));
        this.context = new ContextScopes(cues, tokenizer);
        this.numbers = new NumberReader(Set.copyOf(cues.episodeWords()));
        this.settingWords = Set.copyOf(cues.settingWords());
        Map<String, String> labelsById = new HashMap<>();
        for (Finding f : knowledge.findings().all()) {
            labelsById.put(f.id(), f.label());
        }
        this.labels = Map.copyOf(labelsById);
    }

    private static void cues(PhraseMatcher.Builder builder, Map<String, Set<CueRole>> roles, List<String> cues,
            CueRole role) {
        for (String cue : cues) {
            String key = builder.cue(cue);
            if (key != null) {
                roles.computeIfAbsent(key, k -> EnumSet.noneOf(CueRole.class)).add(role);
            }
        }
    }

    /** Nothing to do: observing the event has CDI build this bean, on the thread that fired it. */
    void prepare(@Observes KnowledgeLoaded loaded) {
    }

    /** Reads {@code text} (see the class comment) as of today's date in UTC by the clock. */
    public Interpretation interpret(String text) {
        return interpret(text, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Reads {@code text}, counting weekdays ("since Tuesday") back from {@code today}. */
    public Interpretation interpret(String text, LocalDate today) {
        List<Token> tokens = tokenizer.tokens(text);
        List<PhraseMatcher.Match> matches = matcher.find(tokens);
        MentionState[] states = scopes.states(tokens, matches, matcher);
        boolean wide = text.length() != text.codePointCount(0, text.length());

        List<Integer> findingMatches = new ArrayList<>();
        for (int m = 0; m < matches.size(); m++) {
            if (!matches.get(m).pattern().cue()) {
                findingMatches.add(m);
            }
        }
        int[][] spans = new int[findingMatches.size()][];
        boolean[] historyByDesign = new boolean[findingMatches.size()];
        for (int k = 0; k < spans.length; k++) {
            PhraseMatcher.Match match = matches.get(findingMatches.get(k));
            spans[k] = new int[] {match.first(), match.last()};
            historyByDesign[k] = match.pattern().owner().startsWith(HISTORY);
        }
        ContextScopes.Reading reading = context.read(tokens, spans, historyByDesign);

        Map<String, Mention> decided = new LinkedHashMap<>();
        Map<String, Mention> doubted = new LinkedHashMap<>();
        Map<String, SetAsideMention> setAside = new LinkedHashMap<>();
        for (int k = 0; k < spans.length; k++) {
            int m = findingMatches.get(k);
            PhraseMatcher.Match match = matches.get(m);
            String id = match.pattern().owner();
            int start = tokens.get(match.first()).start();
            int end = tokens.get(match.last()).end();
            int from = wide ? text.codePointCount(0, start) : start;
            int to = wide ? text.codePointCount(0, end) : end;
            if (states[m] == MentionState.absent && id.startsWith(SPORT) && match.first() > 0
                    && settingWords.contains(tokens.get(match.first() - 1).surface())) {
                states[m] = MentionState.present;
            }
            SetAsideReason reason = reading.reasons()[k];
            if (reason != null) {
                setAside.putIfAbsent(id, new SetAsideMention(id, labels.get(id), states[m], text.substring(start, end),
                        from, to, reason));
                continue;
            }
            Mention mention = new Mention(id, labels.get(id), states[m], text.substring(start, end), from, to);
            if (states[m] == MentionState.uncertain) {
                doubted.putIfAbsent(id, mention);
            } else {
                Mention earlier = decided.get(id);
                if (earlier == null || earlier.state() == MentionState.absent && states[m] == MentionState.present) {
                    decided.put(id, mention);
                }
            }
        }
        decided.values().removeIf(m -> m.state() == MentionState.absent && doubted.containsKey(m.id()));
        doubted.keySet().removeAll(decided.keySet());
        setAside.keySet().removeAll(decided.keySet());
        setAside.keySet().removeAll(doubted.keySet());

        List<Mention> findings = new ArrayList<>(decided.values());
        findings.sort(Comparator.comparingInt(Mention::start));
        NumberReader.Numbers read = numbers.read(tokens, today, reading.aboutOtherPerson());
        List<ReportedFinding> reported = findings.stream()
                .map(f -> new ReportedFinding(f.id(), f.state() == MentionState.present ? FindingState.present
                        : FindingState.absent))
                .toList();
        CaseInput caseInput = new CaseInput(read.age(), null, read.durationDays(), reported);
        List<Notice> notices = new ArrayList<>(2);
        int recognised = findings.size() + doubted.size() + setAside.size();
        if (recognised == 0 && read.age() == null && read.durationDays() == null) {
            notices.add(Notice.nothingRecognised());
        }
        if (recognised < LANGUAGE_CHECK_BELOW || hasForeignLetters(text)) {
            String other = language.notEnglish(text);
            if (other != null) {
                notices.add(Notice.notEnglish(other));
            }
        }
        return new Interpretation(List.copyOf(findings), List.copyOf(doubted.values()),
                List.copyOf(setAside.values()), read.age(), read.durationDays(), caseInput, List.copyOf(notices));
    }

    /** Letters outside ASCII (accents folded by the analyser still count here): a hint of another language. */
    private static boolean hasForeignLetters(String text) {
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c) && ++foreign >= 2) {
                return true;
            }
        }
        return false;
    }
}
