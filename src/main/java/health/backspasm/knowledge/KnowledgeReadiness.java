package health.backspasm.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the knowledge has loaded and passed its checks. The knowledge loads at start-up, so a
 * running service that answers this check has a valid model; the check reports which one.
 */
@Readiness
@ApplicationScoped
class KnowledgeReadiness implements HealthCheck {

    private final Knowledge knowledge;

    KnowledgeReadiness(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge")
                .status(knowledge.causes().size() > 0 && knowledge.redFlags().size() > 0)
                .withData("version", knowledge.version())
                .withData("sha256", knowledge.contentHash())
                .build();
    }
}
