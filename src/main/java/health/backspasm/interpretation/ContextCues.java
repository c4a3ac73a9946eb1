package health.backspasm.interpretation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cue lists of {@code knowledge/context.yaml} (ConText: experiencer and temporality), read and
 * checked once at start-up: every list present and non-empty, every entry lower-case and unique in its
 * list. A broken file stops the start with a message naming the file, the list and the entry.
 */
record ContextCues(
        List<String> historical,
        List<String> postHistorical,
        List<String> clauseHistorical,
        List<String> hypothetical,
        List<String> conditionals,
        List<String> consequents,
        List<String> questions,
        List<String> terminators,
        List<String> otherPeople,
        List<String> otherPeopleVerbs,
        List<String> familyHistory,
        List<String> firstPerson,
        List<String> thirdPerson,
        List<String> prefixTriggers,
        List<String> clauseStarters,
        List<String> episodeWords,
        List<String> settingWords) {

    static final String FILE = "knowledge/context.yaml";

    static ContextCues load() {
        try (InputStream in = ContextCues.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + ": the file is missing");
            }
            ContextCues cues = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, ContextCues.class);
            return cues.checked();
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
        }
    }

    ContextCues checked() {
        List<String> problems = new ArrayList<>();
        check(problems, "historical", historical);
        check(problems, "postHistorical", postHistorical);
        check(problems, "clauseHistorical", clauseHistorical);
        check(problems, "hypothetical", hypothetical);
        check(problems, "conditionals", conditionals);
        check(problems, "consequents", consequents);
        check(problems, "questions", questions);
        check(problems, "terminators", terminators);
        check(problems, "otherPeople", otherPeople);
        check(problems, "otherPeopleVerbs", otherPeopleVerbs);
        check(problems, "familyHistory", familyHistory);
        check(problems, "firstPerson", firstPerson);
        check(problems, "thirdPerson", thirdPerson);
        check(problems, "prefixTriggers", prefixTriggers);
        check(problems, "clauseStarters", clauseStarters);
        check(problems, "episodeWords", episodeWords);
        check(problems, "settingWords", settingWords);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + String.join("; ", problems));
        }
        return this;
    }

    private static void check(List<String> problems, String list, List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            problems.add("list '" + list + "' is missing or empty");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                problems.add("list '" + list + "' holds a blank entry");
            } else if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                problems.add("list '" + list + "', entry '" + entry + "' must be lower-case");
            } else if (!seen.add(entry)) {
                problems.add("list '" + list + "', entry '" + entry + "' is repeated");
            }
        }
    }
}
