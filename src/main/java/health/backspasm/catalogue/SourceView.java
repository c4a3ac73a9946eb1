package health.backspasm.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import health.backspasm.knowledge.Source;
import health.backspasm.knowledge.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the catalogue shows it; author, date and url are left out when the source has none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", requiredProperties = {"id", "title", "publisher", "kind"}, description = "A publication that knowledge entries cite.")
record SourceView(
        @Schema(example = CatalogueExamples.SOURCE_ID) String id,
        String title,
        String publisher,
        SourceKind kind,
        @Schema(description = "Only when the source names one") String author,
        @Schema(description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD), only when given") String date,
        @Schema(description = "Only when the source is online") String url) {

    static SourceView of(Source s) {
        return new SourceView(s.id(), s.title(), s.publisher(), s.kind(), s.author(), s.date(), s.url());
    }
}
