package health.backspasm.knowledge;

import health.backspasm.knowledge.Codes.Advice;
import health.backspasm.knowledge.Codes.ImagingGuidance;
import health.backspasm.knowledge.Codes.ImagingOrder;
import health.backspasm.knowledge.Codes.MedicationRule;
import health.backspasm.knowledge.Codes.ObservationRule;
import health.backspasm.knowledge.Codes.OverrideReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks codes.yaml (read by {@link KnowledgeLoader}) and builds {@link Codes}: every code cites a
 * source of sources.yaml, means an id the knowledge knows (a finding, cause, red flag or imaging
 * order), is not listed twice; every threshold and card text is complete. Each problem names the
 * file and the entry ({@code system|code}).
 */
final class CodesReader {

    static final String FILE = "codes.yaml";
    private static final Pattern URI = Pattern.compile("(https?|urn):\\S+");
    private static final int SUMMARY_MAX = 140;

    record CodesFile(List<String> backPainFindings, List<ObservationRule> observations,
            List<MedicationRule> medications, List<ImagingOrder> imagingOrders, ImagingGuidance imagingGuidance,
            List<CodeEntry> codes) {
    }

    record CodeEntry(String system, String code, String display, String means, Boolean includeSubcodes,
            Boolean includeResolved, List<String> sourceIds) {
    }

    private final List<String> problems;
    private final Set<String> sourceIds;
    private final Set<String> findingIds;
    private final Set<String> knownIds;

    CodesReader(List<String> problems, Set<String> sourceIds, Set<String> findingIds, Set<String> knownIds) {
        this.problems = problems;
        this.sourceIds = sourceIds;
        this.findingIds = findingIds;
        this.knownIds = knownIds;
    }

    Codes read(CodesFile file) {
        if (file == null) {
            return null;
        }
        List<String> backPain = list(file.backPainFindings());
        if (backPain.isEmpty()) {
            problems.add(FILE + ": 'backPainFindings' is empty");
        }
        backPain.forEach(id -> requireFinding("backPainFindings", id));

        for (ObservationRule o : list(file.observations())) {
            String entry = "observations " + o.findingId();
            requireFinding(entry, o.findingId());
            requireText(entry, "label", o.label());
            requireText(entry, "unit", o.unit());
            if (!(o.atLeast() > 0) || o.withinDays() < 1) {
                problems.add(where(entry) + "'atLeast' and 'withinDays' must be above 0");
            }
            checkSources(entry, o.sourceIds());
        }
        for (MedicationRule m : list(file.medications())) {
            String entry = "medications " + m.findingId();
            requireFinding(entry, m.findingId());
            requireText(entry, "label", m.label());
            if (m.minimumDays() < 1) {
                problems.add(where(entry) + "'minimumDays' must be above 0");
            }
            checkSources(entry, m.sourceIds());
        }
        Set<String> orderIds = new HashSet<>();
        for (ImagingOrder o : list(file.imagingOrders())) {
            String entry = "imagingOrders " + o.id();
            requireText(entry, "id", o.id());
            requireText(entry, "label", o.label());
            requireText(entry, "modality", o.modality());
            if (o.id() != null && (!o.id().startsWith("imaging.") || !orderIds.add(o.id()))) {
                problems.add(where(entry) + "an imaging order id starts with 'imaging.' and is listed once");
            }
        }
        checkGuidance(file.imagingGuidance());

        List<ClinicalCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CodeEntry c : list(file.codes())) {
            String entry = c.system() + "|" + c.code();
            requireText(entry, "code", c.code());
            requireText(entry, "display", c.display());
            if (c.system() == null || !URI.matcher(c.system()).matches()) {
                problems.add(where(entry) + "'system' must be the code system's URI");
            }
            if (!seen.add(entry)) {
                problems.add(where(entry) + "the code is listed twice");
            }
            if (c.means() == null || !(knownIds.contains(c.means()) || orderIds.contains(c.means()))) {
                problems.add(where(entry) + "'means' names '" + c.means()
                        + "', which is no finding, cause, red flag or imaging order");
            }
            checkSources(entry, c.sourceIds());
            codes.add(new ClinicalCode(c.system(), c.code(), c.display(), c.means(),
                    Boolean.TRUE.equals(c.includeSubcodes()), Boolean.TRUE.equals(c.includeResolved()),
                    List.copyOf(list(c.sourceIds()))));
        }
        for (String order : orderIds) {
            if (codes.stream().noneMatch(c -> order.equals(c.means()))) {
                problems.add(where("imagingOrders " + order) + "no code means this order");
            }
        }
        return new Codes(codes, backPain, list(file.observations()), list(file.medications()),
                list(file.imagingOrders()), file.imagingGuidance());
    }

    private void checkGuidance(ImagingGuidance g) {
        if (g == null) {
            problems.add(FILE + ": 'imagingGuidance' is missing");
            return;
        }
        checkAdvice("imagingGuidance noRedFlag", g.noRedFlag());
        checkAdvice("imagingGuidance emergency", g.emergency());
        checkAdvice("imagingGuidance redFlag", g.redFlag());
        List<OverrideReason> reasons = list(g.overrideReasons());
        if (reasons.isEmpty()) {
            problems.add(where("imagingGuidance") + "'overrideReasons' is empty");
        }
        for (OverrideReason r : reasons) {
            requireText("imagingGuidance overrideReasons " + r.code(), "code", r.code());
            requireText("imagingGuidance overrideReasons " + r.code(), "display", r.display());
        }
    }

    private void checkAdvice(String entry, Advice advice) {
        if (advice == null) {
            problems.add(where(entry) + "is missing");
            return;
        }
        requireText(entry, "summary", advice.summary());
        requireText(entry, "detail", advice.detail());
        if (advice.summary() != null && advice.summary().length() >= SUMMARY_MAX) {
            problems.add(where(entry) + "'summary' must be under " + SUMMARY_MAX + " characters (CDS Hooks)");
        }
        checkSources(entry, advice.sourceIds());
    }

    private void requireFinding(String entry, String id) {
        if (id == null || !findingIds.contains(id)) {
            problems.add(where(entry) + "finding '" + id + "' is not in findings.yaml");
        }
    }

    private void requireText(String entry, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where(entry) + "'" + field + "' is missing");
        }
    }

    private void checkSources(String entry, List<String> cited) {
        if (cited == null || cited.isEmpty()) {
            problems.add(where(entry) + "'sourceIds' is empty: every code cites the source it was taken from");
            return;
        }
        for (String id : cited) {
            if (!sourceIds.contains(id)) {
                problems.add(where(entry) + "source '" + id + "' is not in sources.yaml");
            }
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String where(String entry) {
        return FILE + ", entry " + entry + ": ";
    }
}
