package health.backspasm.http;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Turns off Hibernate Validator's per-validation cache of "is this property reachable" answers. The
 * cache exists for JPA entities, whose lazy properties are costly to ask about; this service validates
 * plain request records, every property is reachable, and filling the cache (a hash map per validated
 * request) was a measurable share of each reasoning request's CPU (src/docs/performance.md).
 */
@Singleton
public class ValidatorSettings implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
