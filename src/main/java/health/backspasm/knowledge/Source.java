package health.backspasm.knowledge;

/** A publication that knowledge entries cite. {@code author}, {@code date} and {@code url} are optional. */
public record Source(String id, String title, String publisher, String author, String date, SourceKind kind, String url) {
}
