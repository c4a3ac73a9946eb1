package health.backspasm.cds;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import java.util.List;
import java.util.Map;

/**
 * What a health record shows, in the vocabulary's terms: the age, the findings it shows (present) or
 * cannot settle (unknown: an active corticosteroid whose start is not recorded), and red flags coded
 * as such (a recorded cauda equina syndrome). A finding the record does not show is not absent: it
 * stays unasked, so the screening lists it among the questions to ask.
 */
record PatientRecord(Integer age, Map<String, FindingState> findings, List<String> codedRedFlags) {

    PatientRecord {
        findings = Map.copyOf(findings);
        codedRedFlags = List.copyOf(codedRedFlags);
    }

    CaseFacts facts() {
        return new CaseFacts(age, null, findings);
    }

    boolean shows(String findingId) {
        return findings.get(findingId) == FindingState.present;
    }
}
