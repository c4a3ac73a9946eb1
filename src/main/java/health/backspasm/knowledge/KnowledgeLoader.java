package health.backspasm.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the knowledge files, checks them and builds the immutable {@link Knowledge}. Every problem
 * found is collected, so one start shows them all; each names its file and entry.
 */
public final class KnowledgeLoader {

    /** The knowledge files, in the order they are hashed. */
    public static final List<String> FILES = List.of(
            "manifest.yaml", "sources.yaml", "findings.yaml", "causes.yaml", "remedies.yaml", "red-flags.yaml",
            "triage-levels.yaml", "questions.yaml", "phrases.yaml", "negation.yaml", "vocabulary.yaml");

    private static final Pattern ID = Pattern.compile("[a-z][a-z_]*\\.[a-z0-9_]+");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private final KnowledgeFiles files;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> idOwners = new HashMap<>();

    private KnowledgeLoader(KnowledgeFiles files) {
        this.files = files;
    }

    /** Loads and checks the knowledge, or throws {@link InvalidKnowledgeException} naming every problem. */
    public static Knowledge load(KnowledgeFiles files) {
        return new KnowledgeLoader(files).load();
    }

    record Manifest(String version, String disclaimer, AcutePhase acutePhase) {
    }

    record CauseEntry(String id, String name, String summary, Boolean needsDoctor, Double prior,
            List<EvidenceEntry> evidence, List<String> sourceIds) {
    }

    record EvidenceEntry(String finding, Double present, Double absent) {
    }

    record RedFlagEntry(String id, String name, Urgency urgency, RuleSpec rule, String advice,
            String unconfirmedAdvice, List<String> sourceIds, List<GuidelineStatement> statements) {
    }

    record QuestionsFile(Question age, Question durationDays, List<QuestionGroup> groups) {
    }

    record Vocabulary(List<String> findings, List<String> causes) {
    }

    private Knowledge load() {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (String name : FILES) {
            files.read(name).ifPresentOrElse(bytes -> raw.put(name, bytes),
                    () -> problems.add(name + ": the file is missing"));
        }
        fail();

        Manifest manifest = parse(raw, "manifest.yaml", new TypeReference<Manifest>() { });
        List<Source> sources = parseList(raw, "sources.yaml", new TypeReference<List<Source>>() { });
        List<Finding> findingEntries = parseList(raw, "findings.yaml", new TypeReference<List<Finding>>() { });
        List<CauseEntry> causeEntries = parseList(raw, "causes.yaml", new TypeReference<List<CauseEntry>>() { });
        List<Remedy> remedyEntries = parseList(raw, "remedies.yaml", new TypeReference<List<Remedy>>() { });
        List<RedFlagEntry> flagEntries = parseList(raw, "red-flags.yaml", new TypeReference<List<RedFlagEntry>>() { });
        List<TriageLevel> levelEntries = parseList(raw, "triage-levels.yaml", new TypeReference<List<TriageLevel>>() { });
        QuestionsFile questions = parse(raw, "questions.yaml", new TypeReference<QuestionsFile>() { });
        List<Phrases> phraseEntries = parseList(raw, "phrases.yaml", new TypeReference<List<Phrases>>() { });
        Negation negationEntry = parse(raw, "negation.yaml", new TypeReference<Negation>() { });
        Vocabulary vocabulary = parse(raw, "vocabulary.yaml", new TypeReference<Vocabulary>() { });
        fail();

        String file = "manifest.yaml";
        requireText(file, "the manifest", "version", manifest.version());
        requireText(file, "the manifest", "disclaimer", manifest.disclaimer());
        AcutePhase acute = manifest.acutePhase();
        if (acute == null || acute.maxDays() == null || acute.maxDays() < 1 || acute.maxDays() > 365) {
            problems.add(where(file, "acutePhase") + "'maxDays' must be a number of days from 1 to 365");
        }

        file = "sources.yaml";
        for (Source s : sources) {
            String entry = checkId(file, s.id());
            requireText(file, entry, "title", s.title());
            requireText(file, entry, "publisher", s.publisher());
            requireValue(file, entry, "kind", s.kind());
        }
        Entries<Source> sourceIndex = Entries.of(sources, Source::id);
        Set<String> sourceIds = new HashSet<>(sourceIndex.byId().keySet());
        if (manifest.acutePhase() != null) {
            checkSources("manifest.yaml", "acutePhase", manifest.acutePhase().sourceIds(), sourceIds);
        }

        file = "findings.yaml";
        for (Finding f : findingEntries) {
            String entry = checkId(file, f.id());
            requireText(file, entry, "label", f.label());
            requireValue(file, entry, "kind", f.kind());
            requireText(file, entry, "question", f.question());
            checkSources(file, entry, f.sourceIds(), sourceIds);
        }
        Entries<Finding> findings = Entries.of(findingEntries.stream()
                .map(f -> new Finding(f.id(), f.label(), f.kind(), f.question(), copy(f.sourceIds())))
                .toList(), Finding::id);
        Set<String> findingIds = new HashSet<>(findings.byId().keySet());

        file = "remedies.yaml";
        Set<String> causeIds = new HashSet<>();
        causeEntries.forEach(c -> causeIds.add(c.id()));
        Map<String, List<String>> remediesByCause = new HashMap<>();
        for (Remedy r : remedyEntries) {
            String entry = checkId(file, r.id());
            requireText(file, entry, "name", r.name());
            requireText(file, entry, "instructions", r.instructions());
            requireValue(file, entry, "phase", r.phase());
            requireValue(file, entry, "evidence", r.evidence());
            checkSources(file, entry, r.sourceIds(), sourceIds);
            if (r.causeIds() == null || r.causeIds().isEmpty()) {
                problems.add(where(file, entry) + "'causeIds' is empty: a remedy serves at least one cause");
            } else {
                for (String causeId : unique(file, entry, "causeIds", r.causeIds())) {
                    if (!causeIds.contains(causeId)) {
                        problems.add(where(file, entry) + "cause '" + causeId + "' is not in causes.yaml");
                    }
                    remediesByCause.computeIfAbsent(causeId, k -> new ArrayList<>()).add(r.id());
                }
            }
        }
        List<Remedy> remedies = remedyEntries.stream()
                .map(r -> new Remedy(r.id(), r.name(), r.instructions(), r.phase(), r.evidence(), copy(r.cautions()),
                        copy(r.causeIds()), copy(r.sourceIds())))
                .toList();

        file = "causes.yaml";
        List<Cause> causes = new ArrayList<>();
        for (CauseEntry c : causeEntries) {
            String entry = checkId(file, c.id());
            requireText(file, entry, "name", c.name());
            requireText(file, entry, "summary", c.summary());
            requireValue(file, entry, "needsDoctor", c.needsDoctor());
            checkSources(file, entry, c.sourceIds(), sourceIds);
            if (c.prior() == null || !(c.prior() > 0 && c.prior() < 1)) {
                problems.add(where(file, entry) + "'prior' must be a number above 0 and below 1");
            }
            List<Evidence> evidence = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (EvidenceEntry e : c.evidence() == null ? List.<EvidenceEntry>of() : c.evidence()) {
                if (e.finding() == null || !findingIds.contains(e.finding())) {
                    problems.add(where(file, entry) + "evidence names finding '" + e.finding()
                            + "', which is not in findings.yaml");
                } else if (!seen.add(e.finding())) {
                    problems.add(where(file, entry) + "evidence names finding '" + e.finding() + "' twice");
                }
                double present = e.present() == null ? 0 : e.present();
                double absent = e.absent() == null ? 0 : e.absent();
                if (!Double.isFinite(present) || !Double.isFinite(absent) || Math.abs(present) > 10
                        || Math.abs(absent) > 10) {
                    problems.add(where(file, entry) + "the weights of '" + e.finding()
                            + "' must be finite log-likelihood ratios between -10 and 10");
                }
                evidence.add(new Evidence(e.finding(), present, absent));
            }
            if (evidence.isEmpty()) {
                problems.add(where(file, entry) + "'evidence' is empty: a cause needs findings that point to it");
            }
            List<String> remedyIds = remediesByCause.getOrDefault(c.id(), List.of());
            if (remedyIds.isEmpty()) {
                problems.add(where(file, entry) + "no remedy in remedies.yaml names this cause");
            }
            causes.add(new Cause(c.id(), c.name(), c.summary(), Boolean.TRUE.equals(c.needsDoctor()),
                    c.prior() == null ? 0.5 : c.prior(), List.copyOf(evidence), List.copyOf(remedyIds),
                    copy(c.sourceIds())));
        }

        file = "red-flags.yaml";
        List<RedFlag> redFlags = new ArrayList<>();
        for (RedFlagEntry f : flagEntries) {
            String entry = checkId(file, f.id());
            requireText(file, entry, "name", f.name());
            requireValue(file, entry, "urgency", f.urgency());
            requireText(file, entry, "advice", f.advice());
            requireText(file, entry, "unconfirmedAdvice", f.unconfirmedAdvice());
            checkSources(file, entry, f.sourceIds(), sourceIds);
            checkStatements(file, entry, f);
            if (f.urgency() == Urgency.self_care) {
                problems.add(where(file, entry) + "a red flag cannot have urgency self_care");
            }
            if (f.rule() == null) {
                problems.add(where(file, entry) + "'rule' is missing");
                continue;
            }
            List<String> ruleProblems = new ArrayList<>();
            Rule rule = f.rule().compile(ruleProblems);
            ruleProblems.forEach(p -> problems.add(where("red-flags.yaml", entry) + "rule: " + p));
            Set<String> read = new LinkedHashSet<>();
            collectFindings(rule, read);
            for (String id : read) {
                if (!findingIds.contains(id)) {
                    problems.add(where(file, entry) + "rule reads finding '" + id + "', which is not in findings.yaml");
                }
            }
            redFlags.add(new RedFlag(f.id(), f.name(), f.urgency(), rule, rule.describe(), List.copyOf(read),
                    f.advice(), f.unconfirmedAdvice(), copy(f.sourceIds()), copy(f.statements())));
        }

        file = "triage-levels.yaml";
        Map<Urgency, TriageLevel> levels = new EnumMap<>(Urgency.class);
        for (TriageLevel level : levelEntries) {
            String entry = level.level() == null ? "(no level)" : level.level().name();
            requireValue(file, entry, "level", level.level());
            requireText(file, entry, "title", level.title());
            requireText(file, entry, "timeFrame", level.timeFrame());
            requireText(file, entry, "advice", level.advice());
            checkSources(file, entry, level.sourceIds(), sourceIds);
            TriageLevel copied = new TriageLevel(level.level(), level.title(), level.timeFrame(), level.advice(),
                    copy(level.sourceIds()));
            if (level.level() != null && levels.put(level.level(), copied) != null) {
                problems.add(where(file, entry) + "the level is described twice");
            }
        }
        for (Urgency u : Urgency.values()) {
            if (!levels.containsKey(u)) {
                problems.add(file + ": level '" + u + "' is not described");
            }
        }

        file = "questions.yaml";
        requireValue(file, "age", "text", questions.age() == null ? null : questions.age().text());
        requireValue(file, "durationDays", "text", questions.durationDays() == null ? null : questions.durationDays().text());
        if (questions.groups() != null && questions.groups().contains(null)) {
            problems.add(file + ": holds an empty question group");
        }
        List<QuestionGroup> groups = questions.groups() == null ? List.of() : questions.groups().stream()
                .filter(Objects::nonNull)
                .map(g -> new QuestionGroup(g.id(), g.purpose(), g.text(), copy(g.findingIds())))
                .toList();
        for (QuestionGroup g : groups) {
            String entry = checkId(file, g.id());
            requireText(file, entry, "text", g.text());
            requireValue(file, entry, "purpose", g.purpose());
            if (g.findingIds() == null || g.findingIds().isEmpty()) {
                problems.add(where(file, entry) + "'findingIds' is empty");
            } else {
                for (String id : unique(file, entry, "findingIds", g.findingIds())) {
                    if (!findingIds.contains(id)) {
                        problems.add(where(file, entry) + "finding '" + id + "' is not in findings.yaml");
                    }
                }
            }
        }
        Set<String> redFlagFindings = new LinkedHashSet<>();
        redFlags.forEach(f -> redFlagFindings.addAll(f.findingIds()));
        Set<String> grouped = new HashSet<>();
        groups.stream().filter(g -> g.purpose() == QuestionPurpose.red_flag && g.findingIds() != null)
                .forEach(g -> grouped.addAll(g.findingIds()));
        redFlagFindings.stream().filter(id -> !grouped.contains(id)).forEach(id -> problems.add(
                "questions.yaml: finding '" + id + "' is read by a red flag but is in no red_flag question group"));

        file = "phrases.yaml";
        Set<String> phraseOwners = new HashSet<>();
        for (Phrases p : phraseEntries) {
            String entry = p.findingId() == null ? "(no findingId)" : p.findingId();
            if (!findingIds.contains(p.findingId())) {
                problems.add(where(file, entry) + "finding '" + p.findingId() + "' is not in findings.yaml");
            }
            if (!phraseOwners.add(entry)) {
                problems.add(where(file, entry) + "the finding has two entries");
            }
            if (p.phrases() == null || p.phrases().isEmpty() || p.phrases().stream().anyMatch(s -> s == null || s.isBlank())) {
                problems.add(where(file, entry) + "'phrases' must list at least one non-blank phrase");
            }
        }

        Negation negation = checkNegation(negationEntry);

        file = "vocabulary.yaml";
        requireValue(file, "the vocabulary", "findings", vocabulary.findings());
        requireValue(file, "the vocabulary", "causes", vocabulary.causes());
        for (String id : vocabulary.findings() == null ? List.<String>of() : vocabulary.findings()) {
            if (!findingIds.contains(id)) {
                problems.add(file + ": vocabulary finding '" + id + "' is not in findings.yaml");
            }
        }
        for (String id : vocabulary.causes() == null ? List.<String>of() : vocabulary.causes()) {
            if (!causeIds.contains(id)) {
                problems.add(file + ": vocabulary cause '" + id + "' is not in causes.yaml");
            }
        }
        fail();

        return new Knowledge(manifest.version(), hash(raw), manifest.disclaimer(), sourceIndex, findings,
                Entries.of(causes, Cause::id), Entries.of(remedies, Remedy::id), Entries.of(redFlags, RedFlag::id),
                Map.copyOf(levels), List.copyOf(groups), questions.age(), questions.durationDays(),
                Entries.of(phraseEntries.stream().map(p -> new Phrases(p.findingId(), List.copyOf(p.phrases())))
                        .toList(), Phrases::findingId), negation,
                new AcutePhase(manifest.acutePhase().maxDays(), copy(manifest.acutePhase().sourceIds())));
    }

    /** A cue sits in one list only; a post-cue may repeat a cue, as the clause end tells them apart. */
    private Negation checkNegation(Negation n) {
        String file = "negation.yaml";
        Map<String, String> cueOwners = new HashMap<>();
        Map<String, String> postCueOwners = new HashMap<>();
        Negation copy = new Negation(
                words(file, "triggers", n.triggers(), true, cueOwners),
                words(file, "postTriggers", n.postTriggers(), false, postCueOwners),
                words(file, "pseudoTriggers", n.pseudoTriggers(), false, cueOwners),
                words(file, "terminators", n.terminators(), true, cueOwners),
                words(file, "uncertaintyCues", n.uncertaintyCues(), true, cueOwners),
                words(file, "postUncertaintyCues", n.postUncertaintyCues(), false, postCueOwners),
                words(file, "fillerWords", n.fillerWords(), false, new HashMap<>()),
                words(file, "plainWords", n.plainWords(), false, new HashMap<>()));
        for (String filler : copy.fillerWords()) {
            if (filler.contains(" ")) {
                problems.add(where(file, "fillerWords") + "'" + filler + "' must be a single word");
            }
        }
        return copy;
    }

    /** Checks one word list: lower-case, non-blank, no repeats, and (for cues) in only one cue list. */
    private List<String> words(String file, String list, List<String> words, boolean required,
            Map<String, String> owners) {
        if (words == null || words.isEmpty()) {
            if (required) {
                problems.add(where(file, list) + "the list is empty");
            }
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String word : words) {
            if (word == null || word.isBlank()) {
                problems.add(where(file, list) + "holds a blank entry");
                continue;
            }
            String normal = word.strip().replaceAll("\\s+", " ");
            if (!normal.equals(normal.toLowerCase(Locale.ROOT))) {
                problems.add(where(file, list) + "'" + word + "' must be lower-case");
            }
            if (!seen.add(normal)) {
                problems.add(where(file, list) + "'" + word + "' is listed twice");
            }
            String owner = owners.putIfAbsent(normal, list);
            if (owner != null && !owner.equals(list)) {
                problems.add(where(file, list) + "'" + word + "' is already listed in " + owner);
            }
        }
        return List.copyOf(seen);
    }

    private <T> T parse(Map<String, byte[]> raw, String file, TypeReference<T> type) {
        try {
            T value = yaml.readValue(raw.get(file), type);
            if (value == null) {
                problems.add(file + ": the file is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String entry = e instanceof JsonMappingException m && !isSyntaxError(e)
                    ? entryAt(raw.get(file), m.getPath()) : null;
            String what;
            if (e instanceof UnrecognizedPropertyException u) {
                what = "unknown property '" + u.getPropertyName() + "'" + line + " (known: "
                        + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                        + ")";
            } else {
                what = "cannot be read" + line + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
            }
            problems.add((entry == null ? file + ": " : where(file, entry)) + what);
            return null;
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry of a list file that a binding error is in, by its id where it has one; null when the
     * error is not inside a list entry.
     */
    private String entryAt(byte[] content, List<JsonMappingException.Reference> path) {
        if (path.isEmpty() || path.get(0).getIndex() < 0) {
            return null;
        }
        int index = path.get(0).getIndex();
        try {
            JsonNode node = new YAMLMapper().readTree(content).path(index);
            for (String key : List.of("id", "findingId")) {
                if (node.path(key).isTextual()) {
                    return node.path(key).asText();
                }
            }
        } catch (IOException e) {
            // the position alone must do
        }
        return "#" + (index + 1);
    }

    private <T> List<T> parseList(Map<String, byte[]> raw, String file, TypeReference<List<T>> type) {
        List<T> list = parse(raw, file, type);
        if (list == null) {
            return List.of();
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            problems.add(file + ": holds an empty entry");
            return list.stream().filter(Objects::nonNull).toList();
        }
        return list;
    }

    private String checkId(String file, String id) {
        if (id == null || id.isBlank()) {
            problems.add(file + ": an entry has no 'id'");
            return "(no id)";
        }
        if (!ID.matcher(id).matches()) {
            problems.add(where(file, id) + "the id must be lower-case, dot-separated, snake_case after the dot");
        }
        String owner = idOwners.putIfAbsent(id, file);
        if (owner != null) {
            problems.add(where(file, id) + "the id is already used" + (owner.equals(file) ? " in this file" : " in " + owner));
        }
        return id;
    }

    private void checkSources(String file, String entry, List<String> cited, Set<String> known) {
        if (cited == null || cited.isEmpty()) {
            problems.add(where(file, entry) + "'sourceIds' is empty: every entry cites at least one source");
            return;
        }
        for (String id : unique(file, entry, "sourceIds", cited)) {
            if (!known.contains(id)) {
                problems.add(where(file, entry) + "source '" + id + "' is not in sources.yaml");
            }
        }
    }

    private List<String> unique(String file, String entry, String field, List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(where(file, entry) + "'" + field + "' lists '" + id + "' twice");
            }
        }
        return new ArrayList<>(seen);
    }

    private void requireText(String file, String entry, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where(file, entry) + "'" + field + "' is missing");
        }
    }

    private void requireValue(String file, String entry, String field, Object value) {
        if (value == null) {
            problems.add(where(file, entry) + "'" + field + "' is missing");
        }
    }

    private static String where(String file, String entry) {
        return file + ", entry " + entry + ": ";
    }

    /** A red flag names the guideline statements it implements, each from one of its own sources. */
    private void checkStatements(String file, String entry, RedFlagEntry f) {
        if (f.statements() == null || f.statements().isEmpty()) {
            problems.add(where(file, entry) + "'statements' is empty: a red flag names the guideline statements it"
                    + " implements");
            return;
        }
        for (GuidelineStatement s : f.statements()) {
            if (s == null) {
                problems.add(where(file, entry) + "'statements' holds an empty statement");
                continue;
            }
            requireText(file, entry, "statements.section", s.section());
            requireText(file, entry, "statements.statement", s.statement());
            if (f.sourceIds() == null || !f.sourceIds().contains(s.sourceId())) {
                problems.add(where(file, entry) + "statement source '" + s.sourceId() + "' is not one of its sourceIds");
            }
        }
    }

    private static void collectFindings(Rule rule, Set<String> into) {
        if (rule instanceof Rule.Present p) {
            into.add(p.findingId());
        } else if (rule instanceof Rule.NotPresent n) {
            into.add(n.findingId());
        } else if (rule instanceof Rule.AllOf all) {
            all.rules().forEach(r -> collectFindings(r, into));
        } else if (rule instanceof Rule.AnyOf any) {
            any.rules().forEach(r -> collectFindings(r, into));
        }
    }

    /** An unmodifiable copy that tolerates null elements (already reported as problems). */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    private void fail() {
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
    }

    private static String hash(Map<String, byte[]> raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            raw.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
