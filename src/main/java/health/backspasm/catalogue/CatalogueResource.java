package health.backspasm.catalogue;

import health.backspasm.http.Truncation;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemException;
import health.backspasm.http.ProblemType;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.FindingKind;
import health.backspasm.knowledge.Phase;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The read-only catalogue of everything the service knows. Bodies come precomputed from
 * {@link Catalogue}; this class only picks one and applies HTTP caching: one ETag for the whole
 * knowledge model, {@code If-None-Match} answered with 304. It runs on the I/O thread
 * ({@link NonBlocking}): picking ready-made bytes never blocks, and the hop to a worker thread
 * doubled the CPU per request (see src/docs/performance.md).
 */
@NonBlocking
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
class CatalogueResource {

    /** Catalogue bodies change only with a new deployment; an hour keeps clients fresh enough. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private static final String IF_NONE_MATCH_TEXT = "An ETag of an earlier response: the answer is 304 while the"
            + " knowledge model is unchanged";

    private final Catalogue catalogue;
    private final CatalogueCompression compression;

    CatalogueResource(Catalogue catalogue, CatalogueCompression compression) {
        this.catalogue = catalogue;
        this.compression = compression;
    }

    @GET
    @Path("/knowledge")
    @Operation(summary = "Describe the knowledge model",
            description = "The version and content hash of the knowledge model, how many entries of each kind it"
                    + " holds, every source it cites, and the disclaimer to show with its guidance.")
    @APIResponse(responseCode = "200", description = "The knowledge model",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KnowledgeView.class),
                    examples = @ExampleObject(name = "knowledge", summary = "The knowledge model: version, counts, sources, disclaimer", value = CatalogueExamples.KNOWLEDGE)))
    public Response knowledge(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT)
            String ifNoneMatch) {
        return cached(catalogue.summary(), ifNoneMatch);
    }

    @GET
    @Path("/findings")
    @Operation(summary = "List the findings",
            description = "Every finding of the vocabulary: what a person can report, with the question to ask."
                    + " Filter by kind with ?kind=.")
    @APIResponse(responseCode = "200", description = "The findings, in the order of the knowledge files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FindingView.class),
                    examples = @ExampleObject(name = "findings", summary = "Findings (an excerpt of the list)", value = CatalogueExamples.FINDINGS)))
    @APIResponse(responseCode = "400", description = "The kind is not one of the finding kinds, or a query"
            + " parameter is unknown, empty or repeated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-kind", summary = "A kind that is not a finding kind", value = CatalogueExamples.INVALID_KIND)))
    public Response findings(
            @QueryParam("kind") @Parameter(description = "Only findings of this kind (once; leave it out to list"
                    + " every finding)", schema = @Schema(implementation = FindingKind.class)) String kind,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        if (kind == null) {
            return cached(catalogue.findings().all(), ifNoneMatch);
        }
        return cached(catalogue.findings(parse(FindingKind.class, "kind", kind)), ifNoneMatch);
    }

    @GET
    @Path("/findings/{id}")
    @Operation(summary = "Get one finding", description = "One finding of the vocabulary, by its id.")
    @APIResponse(responseCode = "200", description = "The finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingView.class),
                    examples = @ExampleObject(name = "saddle-numbness", summary = "Saddle numbness, a warning sign", value = CatalogueExamples.FINDING)))
    @APIResponse(responseCode = "404", description = "No finding has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-id", summary = "No entry has this id", value = CatalogueExamples.UNKNOWN_FINDING)))
    public Response finding(
            @PathParam("id") @Parameter(description = "A finding id", example = CatalogueExamples.FINDING_ID) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        return cached(catalogue.findings().find(id).orElseThrow(() -> unknown("finding", id)), ifNoneMatch);
    }

    @GET
    @Path("/causes")
    @Operation(summary = "List the causes",
            description = "Every cause of back spasms the service knows, with the findings that point to it and"
                    + " against it (and their weights), its remedies, its sources, and whether it needs a doctor.")
    @APIResponse(responseCode = "200", description = "The causes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CauseView.class),
                    examples = @ExampleObject(name = "causes", summary = "Causes (an excerpt of the list)", value = CatalogueExamples.CAUSES)))
    public Response causes(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT)
            String ifNoneMatch) {
        return cached(catalogue.causes().all(), ifNoneMatch);
    }

    @GET
    @Path("/causes/{id}")
    @Operation(summary = "Get one cause", description = "One cause, by its id.")
    @APIResponse(responseCode = "200", description = "The cause",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CauseView.class),
                    examples = @ExampleObject(name = "acute-strain", summary = "An acute muscle strain", value = CatalogueExamples.CAUSE)))
    @APIResponse(responseCode = "404", description = "No cause has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-id", summary = "No entry has this id", value = CatalogueExamples.UNKNOWN_ID)))
    public Response cause(
            @PathParam("id") @Parameter(description = "A cause id", example = CatalogueExamples.CAUSE_ID) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        return cached(catalogue.causes().find(id).orElseThrow(() -> unknown("cause", id)), ifNoneMatch);
    }

    @GET
    @Path("/remedies")
    @Operation(summary = "List the remedies",
            description = "Every self-care remedy, graded by its evidence. Filter by the cause it serves with"
                    + " ?cause=, by phase with ?phase= and by evidence grade with ?evidence=; filters together give"
                    + " the remedies that match all of them. Each filter is given at most once; an unknown, empty or"
                    + " repeated parameter is a 400 problem naming it.")
    @APIResponse(responseCode = "200", description = "The remedies, in the order of the knowledge files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RemedyView.class),
                    examples = @ExampleObject(name = "remedies", summary = "Remedies (an excerpt of the list)", value = CatalogueExamples.REMEDIES)))
    @APIResponse(responseCode = "400", description = "The cause is not known, the phase or evidence grade is not"
            + " one, or a query parameter is unknown, empty or repeated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-filter", summary = "A phase that is not a phase", value = CatalogueExamples.INVALID_FILTER)))
    public Response remedies(
            @QueryParam("cause") @Parameter(description = "Only remedies for this cause id (once)") String cause,
            @QueryParam("phase") @Parameter(description = "Only remedies of this phase (once)",
                    schema = @Schema(implementation = Phase.class)) String phase,
            @QueryParam("evidence") @Parameter(description = "Only remedies of this evidence grade (once):"
                    + " guideline, article or vendor_claim (a seller's claim)",
                    schema = @Schema(implementation = EvidenceGrade.class)) String evidence,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        if (cause == null && phase == null && evidence == null) {
            return cached(catalogue.remedies().all(), ifNoneMatch);
        }
        Phase parsedPhase = phase == null ? null : parse(Phase.class, "phase", phase);
        EvidenceGrade parsedEvidence = evidence == null ? null : parse(EvidenceGrade.class, "evidence", evidence);
        byte[] body = catalogue.remedies(cause, parsedPhase, parsedEvidence).orElseThrow(
                () -> ProblemException.invalid("cause", "is not a known cause id; see /api/v1/causes"));
        return cached(body, ifNoneMatch);
    }

    @GET
    @Path("/remedies/{id}")
    @Operation(summary = "Get one remedy", description = "One remedy, by its id.")
    @APIResponse(responseCode = "200", description = "The remedy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RemedyView.class),
                    examples = @ExampleObject(name = "stay-active", summary = "Stay active", value = CatalogueExamples.REMEDY)))
    @APIResponse(responseCode = "404", description = "No remedy has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-id", summary = "No entry has this id", value = CatalogueExamples.UNKNOWN_REMEDY)))
    public Response remedy(
            @PathParam("id") @Parameter(description = "A remedy id", example = CatalogueExamples.REMEDY_ID) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        return cached(catalogue.remedies().find(id).orElseThrow(() -> unknown("remedy", id)), ifNoneMatch);
    }

    @GET
    @Path("/red-flags")
    @Operation(summary = "List the red flags",
            description = "Every warning sign the screening checks, with its urgency, its rule in vocabulary terms,"
                    + " the findings the rule reads, the advice, and its sources.")
    @APIResponse(responseCode = "200", description = "The red flags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RedFlagView.class),
                    examples = @ExampleObject(name = "red-flags", summary = "Red flags (an excerpt of the list)", value = CatalogueExamples.RED_FLAGS)))
    public Response redFlags(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT)
            String ifNoneMatch) {
        return cached(catalogue.redFlags().all(), ifNoneMatch);
    }

    @GET
    @Path("/red-flags/{id}")
    @Operation(summary = "Get one red flag", description = "One red flag, by its id.")
    @APIResponse(responseCode = "200", description = "The red flag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RedFlagView.class),
                    examples = @ExampleObject(name = "cauda-equina", summary = "Suspected cauda equina syndrome", value = CatalogueExamples.RED_FLAG)))
    @APIResponse(responseCode = "404", description = "No red flag has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-id", summary = "No entry has this id", value = CatalogueExamples.UNKNOWN_RED_FLAG)))
    public Response redFlag(
            @PathParam("id") @Parameter(description = "A red-flag id", example = CatalogueExamples.RED_FLAG_ID) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        return cached(catalogue.redFlags().find(id).orElseThrow(() -> unknown("red flag", id)), ifNoneMatch);
    }

    @GET
    @Path("/sources")
    @Operation(summary = "List the sources", description = "Every publication that an entry of the knowledge cites.")
    @APIResponse(responseCode = "200", description = "The sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SourceView.class),
                    examples = @ExampleObject(name = "sources", summary = "Sources (an excerpt of the list)", value = CatalogueExamples.SOURCES)))
    public Response sources(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT)
            String ifNoneMatch) {
        return cached(catalogue.sources().all(), ifNoneMatch);
    }

    @GET
    @Path("/sources/{id}")
    @Operation(summary = "Get one source", description = "One source, by its id.")
    @APIResponse(responseCode = "200", description = "The source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "nice-ng59", summary = "NICE guideline NG59", value = CatalogueExamples.SOURCE)))
    @APIResponse(responseCode = "404", description = "No source has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-id", summary = "No entry has this id", value = CatalogueExamples.UNKNOWN_SOURCE)))
    public Response source(
            @PathParam("id") @Parameter(description = "A source id", example = CatalogueExamples.SOURCE_ID) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_TEXT) String ifNoneMatch) {
        return cached(catalogue.sources().find(id).orElseThrow(() -> unknown("source", id)), ifNoneMatch);
    }

    private Response cached(byte[] body, String ifNoneMatch) {
        String etag = catalogue.etag();
        Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, etag)
                ? Response.notModified()
                : compression.ok(body);
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of: " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static ProblemException unknown(String kind, String id) {
        String shown = Truncation.of(id);
        return new ProblemException(Problem.of(ProblemType.UNKNOWN_ID,
                "There is no " + kind + " with the id '" + shown + "'."));
    }
}
