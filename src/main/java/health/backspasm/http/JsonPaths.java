package health.backspasm.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/**
 * Writes the location of a bad value the way a caller sees it in their JSON ({@code findings[2].id}),
 * never as a Java parameter name such as {@code arg0}.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of a Jackson binding error, e.g. {@code findings[0].state}. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The path of a constraint violation below the method parameter it was found in: {@code prefix}
     * is the parameter's public name (a query parameter's name) or empty for the request body.
     */
    static String of(String prefix, Iterable<Path.Node> nodes) {
        StringBuilder path = new StringBuilder(prefix);
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
