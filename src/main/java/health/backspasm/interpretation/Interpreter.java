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

    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseMatcher matcher;
    private final NegationScopes scopes;
    private final NumberReader numbers = new NumberReader();
    private final Map<String, String> labels;

    @Inject
    public Interpreter(Knowledge knowledge) {
        this(knowledge, java.time.Clock.systemUTC());
    }

    public Interpreter(Knowledge knowledge, java.time.Clock clock) {
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
        for (Phrases phrases : knowledge.phrases().all()) {
            for (String phrase : phrases.phrases()) {
                if (!builder.phrase(phrases.findingId(), phrase)) {
                    throw new IllegalStateException("phrases.yaml, entry " + phrases.findingId() + ": the phrase '"
                            + phrase + "' holds no word");
                }
            }
        }
        this.matcher = builder.build();
        this.scopes = new NegationScopes(roles);
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

    public Interpretation interpret(String text) {
        List<Token> tokens = tokenizer.tokens(text);
        List<PhraseMatcher.Match> matches = matcher.find(tokens);
        MentionState[] states = scopes.states(tokens, matches, matcher);
        boolean wide = text.length() != text.codePointCount(0, text.length());

        Map<String, Mention> decided = new LinkedHashMap<>();
        Map<String, Mention> doubted = new LinkedHashMap<>();
        for (int m = 0; m < matches.size(); m++) {
            PhraseMatcher.Match match = matches.get(m);
            if (match.pattern().cue()) {
                continue;
            }
            String id = match.pattern().owner();
            int start = tokens.get(match.first()).start();
            int end = tokens.get(match.last()).end();
            Mention mention = new Mention(id, labels.get(id), states[m], text.substring(start, end),
                    wide ? text.codePointCount(0, start) : start, wide ? text.codePointCount(0, end) : end);
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

        List<Mention> findings = new ArrayList<>(decided.values());
        findings.sort(Comparator.comparingInt(Mention::start));
        NumberReader.Numbers read = numbers.read(tokens);
        List<ReportedFinding> reported = findings.stream()
                .map(f -> new ReportedFinding(f.id(), f.state() == MentionState.present ? FindingState.present
                        : FindingState.absent))
                .toList();
        CaseInput caseInput = new CaseInput(read.age(), null, read.durationDays(), reported);
        return new Interpretation(List.copyOf(findings), List.copyOf(doubted.values()), read.age(),
                read.durationDays(), caseInput);
    }
}
