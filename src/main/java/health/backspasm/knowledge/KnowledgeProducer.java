package health.backspasm.knowledge;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Loads the knowledge once, at start-up: a broken file stops the start with the loader's message. The
 * reading starts on its own thread as soon as the CDI container is up, so that it runs beside the
 * framework's own start-up (validation metadata, REST, the OpenAPI document) instead of after it: on a
 * cold JVM, parsing the YAML is about half a second (src/docs/performance.md). Once it is loaded, the same
 * thread fires {@link KnowledgeLoaded}, so that the beans built from it (the catalogue's bodies, the
 * interpreter's indexes) are built there too. Whoever needs the knowledge first waits for it; the
 * service reports ready only once it is loaded and checked.
 */
@ApplicationScoped
class KnowledgeProducer {

    private static final Logger LOG = Logger.getLogger(KnowledgeProducer.class);

    private final Event<KnowledgeLoaded> loaded;
    private Prepared<Knowledge> loading;

    KnowledgeProducer(Event<KnowledgeLoaded> loaded) {
        this.loaded = loaded;
    }

    void startLoading(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        loading();
    }

    @Produces
    @Singleton
    @Startup
    Knowledge knowledge() {
        return loading().get();
    }

    private synchronized Prepared<Knowledge> loading() {
        if (loading == null) {
            loading = Prepared.start("knowledge-loader", KnowledgeProducer::load,
                    knowledge -> loaded.fire(new KnowledgeLoaded(knowledge)));
        }
        return loading;
    }

    private static Knowledge load() {
        Knowledge knowledge = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
        LOG.infof("Knowledge %s loaded (%d findings, %d causes, %d remedies, %d red flags, %d sources; sha256 %s)",
                knowledge.version(), knowledge.findings().size(), knowledge.causes().size(),
                knowledge.remedies().size(), knowledge.redFlags().size(), knowledge.sources().size(),
                knowledge.contentHash().substring(0, 12));
        return knowledge;
    }
}
