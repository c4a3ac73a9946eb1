package health.backspasm.fuzzing;

import health.backspasm.knowledge.Knowledge;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation as the service runs it, without Quarkus: validators that need the knowledge get it
 * (or a {@link Provider} of it) through their constructor, as CDI gives it to them in the service.
 */
final class FuzzValidation {

    private FuzzValidation() {
    }

    static Validator validator(Knowledge knowledge) {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(new KnowledgeAwareFactory(knowledge))
                .buildValidatorFactory()
                .getValidator();
    }

    private record KnowledgeAwareFactory(Knowledge knowledge) implements ConstraintValidatorFactory {

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
            try {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    Class<?>[] parameters = constructor.getParameterTypes();
                    if (parameters.length == 1 && parameters[0] == Knowledge.class) {
                        constructor.setAccessible(true);
                        return type.cast(constructor.newInstance(knowledge));
                    }
                    if (parameters.length == 1 && parameters[0] == Provider.class) {
                        constructor.setAccessible(true);
                        Provider<Knowledge> provider = () -> knowledge;
                        return type.cast(constructor.newInstance(provider));
                    }
                }
                Constructor<T> none = type.getDeclaredConstructor();
                none.setAccessible(true);
                return none.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create validator " + type.getName(), e);
            }
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
        }
    }
}
