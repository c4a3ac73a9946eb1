package health.backspasm.cases;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The findings of a case name only ids of the knowledge model, each at most once. Each offending
 * entry is reported on its own path ({@code findings[3].id}), so a caller sees every mistake at once.
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
