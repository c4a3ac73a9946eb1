package health.backspasm.cases;

import health.backspasm.http.Truncation;
import health.backspasm.knowledge.Knowledge;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link ValidFindings} against the loaded knowledge (Quarkus injects it into validators). The
 * validator is created while the framework starts, before the knowledge has to be there: it asks for the
 * knowledge on its first case, so that the knowledge is read beside the framework's start-up, not before.
 */
@Singleton
class ValidFindingsValidator implements ConstraintValidator<ValidFindings, CaseInput> {

    /** Above this, the list's size is the problem (@Size on the case says so); its entries are not read. */
    static final int MAX_FINDINGS = 100;
    /** Bean Validation's own message for a missing value ({@code @NotNull}), as on the case's other fields. */
    private static final String MISSING = "{jakarta.validation.constraints.NotNull.message}";

    private final Provider<Knowledge> knowledgeProvider;
    private volatile Knowledge knowledge;

    ValidFindingsValidator(Provider<Knowledge> knowledgeProvider) {
        this.knowledgeProvider = knowledgeProvider;
    }

    private Knowledge knowledge() {
        Knowledge k = knowledge;
        if (k == null) {
            k = knowledgeProvider.get();
            knowledge = k;
        }
        return k;
    }

    @Override
    public boolean isValid(CaseInput input, ConstraintValidatorContext context) {
        if (input == null || input.findings() == null || input.findings().size() > MAX_FINDINGS) {
            return true;
        }
        List<ReportedFinding> findings = input.findings();
        Map<String, Integer> firstIndex = new HashMap<>();
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (int i = 0; i < findings.size(); i++) {
            ReportedFinding finding = findings.get(i);
            if (finding == null) {
                valid = false;
                context.buildConstraintViolationWithTemplate(MISSING)
                        .addPropertyNode("findings").addBeanNode().inIterable().atIndex(i)
                        .addConstraintViolation();
                continue;
            }
            if (finding.state() == null) {
                valid = false;
                violation(context, i, "state", MISSING);
            }
            if (finding.id() == null) {
                valid = false;
                violation(context, i, "id", MISSING);
                continue;
            }
            String message = null;
            if (!knowledge().findings().contains(finding.id())) {
                message = "'" + Truncation.of(finding.id()) + "' is not a finding id of the vocabulary (see GET /api/v1/findings)";
            } else {
                Integer first = firstIndex.putIfAbsent(finding.id(), i);
                if (first != null) {
                    message = "'" + Truncation.of(finding.id()) + "' repeats findings[" + first + "]: give each finding once";
                }
            }
            if (message != null) {
                valid = false;
                violation(context, i, "id", escape(message));
            }
        }
        return valid;
    }

    private static void violation(ConstraintValidatorContext context, int index, String field, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode("findings")
                .addPropertyNode(field).inIterable().atIndex(index)
                .addConstraintViolation();
    }

    /** The message is a literal, not an expression template. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
