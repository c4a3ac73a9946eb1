package health.backspasm.knowledge;

/**
 * Fired once, on the knowledge's loading thread, as soon as the knowledge is loaded and checked. Beans
 * that build indexes or response bodies from it at start-up observe it, so that they are built there,
 * beside the framework's own start-up, instead of on the main thread after it (src/docs/performance.md).
 */
public record KnowledgeLoaded(Knowledge knowledge) {
}
