package health.backspasm.knowledge;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads the knowledge once, at start-up: a broken file stops the start with the loader's message. */
@ApplicationScoped
class KnowledgeProducer {

    private static final Logger LOG = Logger.getLogger(KnowledgeProducer.class);

    @Produces
    @Singleton
    @Startup
    Knowledge knowledge() {
        Knowledge knowledge = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
        LOG.infof("Knowledge %s loaded (%d findings, %d causes, %d remedies, %d red flags, %d sources; sha256 %s)",
                knowledge.version(), knowledge.findings().size(), knowledge.causes().size(),
                knowledge.remedies().size(), knowledge.redFlags().size(), knowledge.sources().size(),
                knowledge.contentHash().substring(0, 12));
        return knowledge;
    }
}
