package health.backspasm.cases;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every entry of a case's findings is complete (no null entry, an id and a state) and names an id of the
 * knowledge model, at most once. Each offending entry is reported on its own path ({@code findings[1]},
 * {@code findings[3].id}), so a caller sees every mistake at once. The entries are checked here, in one
 * pass, rather than by cascading Bean Validation into each of them: per entry, the cascade cost more
 * than the whole screening (src/docs/performance.md).
 */
@Documented
@Constraint(validatedBy = ValidFindingsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidFindings {

    String message() default "the findings name unknown or repeated ids";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
