package health.backspasm.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import health.backspasm.knowledge.InvalidKnowledgeException;
import health.backspasm.knowledge.KnowledgeFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks knowledge/answers.yaml, the words of replies: every list present and non-blank,
 * lower-case, no entry twice, an answer word in one answer list only, numbers in range, filler words
 * single words, and each clarification with its placeholder. A broken file throws
 * {@link InvalidKnowledgeException} naming the file and the list, so the service does not start.
 */
final class AnswerWordsLoader {

    static final String FILE = "answers.yaml";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> answerOwners = new HashMap<>();

    private AnswerWordsLoader() {
    }

    static AnswerWords load(KnowledgeFiles files) {
        return new AnswerWordsLoader().read(files);
    }

    private AnswerWords read(KnowledgeFiles files) {
        byte[] bytes = files.read(FILE).orElse(null);
        if (bytes == null) {
            throw new InvalidKnowledgeException(List.of(FILE + ": the file is missing"));
        }
        AnswerWords raw;
        try {
            raw = yaml.readValue(bytes, AnswerWords.class);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidKnowledgeException(List.of(FILE + ": cannot be read" + at + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new InvalidKnowledgeException(List.of(FILE + ": cannot be read: " + e.getMessage()));
        }
        if (raw == null) {
            throw new InvalidKnowledgeException(List.of(FILE + ": the file is empty"));
        }
        AnswerWords words = new AnswerWords(
                answers("yes", raw.yes()), answers("no", raw.no()), answers("unsure", raw.unsure()),
                answers("not", raw.not()), answers("all", raw.all()), answers("none", raw.none()),
                answers("both", raw.both()), answers("rest", raw.rest()), answers("except", raw.except()),
                answers("but", raw.but()),
                answers("only", raw.only()),
                numbers("ordinals", raw.ordinals(), 1, 20), list("last", raw.last(), true),
                list("secondLast", raw.secondLast(), true), numbers("numberWords", raw.numberWords(), 0, 100),
                numbers("units", raw.units(), 1, 366), numbers("relativeDays", raw.relativeDays(), 0, 366),
                numbers("weekdays", raw.weekdays(), 1, 7), fillers("fillerWords", raw.fillerWords()),
                fillers("referenceWords", raw.referenceWords()), list("doubtfulNegation", raw.doubtfulNegation(), true),
                fillers("questionWords", raw.questionWords()), fillers("alternatives", raw.alternatives()),
                clarifications(raw.clarifications()));
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return words;
    }

    /** An answer list: its entries belong to no other answer list. */
    private List<String> answers(String name, List<String> entries) {
        List<String> checked = list(name, entries, true);
        for (String entry : checked) {
            String owner = answerOwners.putIfAbsent(ReplyText.key(entry), name);
            if (owner != null && !owner.equals(name)) {
                problems.add(where(name) + "'" + entry + "' is already listed in " + owner);
            }
        }
        return checked;
    }

    private List<String> list(String name, List<String> entries, boolean required) {
        if (entries == null || entries.isEmpty()) {
            if (required) {
                problems.add(where(name) + "the list is missing or empty");
            }
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                problems.add(where(name) + "holds a blank entry");
                continue;
            }
            if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                problems.add(where(name) + "'" + entry + "' must be lower-case");
            }
            if (ReplyText.words(entry).isEmpty()) {
                problems.add(where(name) + "'" + entry + "' holds no word");
            } else if (!seen.add(ReplyText.key(entry))) {
                problems.add(where(name) + "'" + entry + "' is listed twice");
            }
        }
        return List.copyOf(entries.stream().filter(e -> e != null && !e.isBlank()).toList());
    }

    private List<String> fillers(String name, List<String> entries) {
        List<String> checked = list(name, entries, true);
        for (String entry : checked) {
            if (ReplyText.words(entry).size() > 1) {
                problems.add(where(name) + "'" + entry + "' must be a single word");
            }
        }
        return checked;
    }

    private Map<String, Integer> numbers(String name, Map<String, Integer> entries, int min, int max) {
        if (entries == null || entries.isEmpty()) {
            problems.add(where(name) + "the list is missing or empty");
            return Map.of();
        }
        Map<String, Integer> checked = new LinkedHashMap<>();
        entries.forEach((word, value) -> {
            if (word.isBlank() || ReplyText.words(word).isEmpty()) {
                problems.add(where(name) + "'" + word + "' holds no word");
            } else if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                problems.add(where(name) + "'" + word + "' must be lower-case");
            } else if (value == null || value < min || value > max) {
                problems.add(where(name) + "'" + word + "' must be a number from " + min + " to " + max);
            } else {
                checked.put(word, value);
            }
        });
        return Map.copyOf(checked);
    }

    private AnswerWords.Clarifications clarifications(AnswerWords.Clarifications c) {
        if (c == null) {
            problems.add(where("clarifications") + "the clarifications are missing");
            return null;
        }
        text("checklistYes", c.checklistYes(), "{items}");
        text("checklist", c.checklist(), "{items}");
        text("finding", c.finding(), "{question}");
        text("age", c.age(), null);
        text("duration", c.duration(), null);
        return c;
    }

    private void text(String name, String value, String placeholder) {
        if (value == null || value.isBlank()) {
            problems.add(where("clarifications") + "'" + name + "' is missing");
        } else if (placeholder != null && !value.contains(placeholder)) {
            problems.add(where("clarifications") + "'" + name + "' must contain " + placeholder);
        }
    }

    private static String where(String list) {
        return FILE + ", entry " + list + ": ";
    }
}
