package health.backspasm.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Query parameters are as strict as bodies: a parameter the operation does not declare (a typo such
 * as {@code ?phas=acute}), an empty one ({@code ?kind=}) or a repeated one
 * ({@code ?phase=acute&phase=recovery}) is a 400 validation problem naming each offending parameter
 * and the names the operation takes, instead of an unfiltered answer. A request without a query
 * string costs one null check.
 */
class StrictQueryParameters {

    /** A quoted parameter name is cut to this many characters. */
    private static final int MAX_NAME = 60;

    /** The query parameter names of each resource method, read once from its annotations. */
    private final Map<String, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    void check(HttpServerRequest request, SimpleResourceInfo resource) {
        if (request.query() == null || resource == null || resource.getResourceClass() == null) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(
                resource.getResourceClass().getName() + "#" + resource.getMethodName()
                        + Arrays.toString(resource.parameterTypes()), key -> names(resource));
        MultiMap parameters = request.params();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(parameters.names())) {
            List<String> values = parameters.getAll(name);
            String message;
            if (!allowed.contains(name)) {
                message = allowed.isEmpty() ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation; its parameters: " + String.join(", ", allowed);
            } else if (values.size() > 1) {
                message = "is given " + values.size() + " times; give it once";
            } else if (values.get(0).isEmpty()) {
                message = "is empty; give a value or leave the parameter out";
            } else {
                continue;
            }
            errors.add(new Problem.FieldError(shown(name), message));
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? "'" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                    : "Invalid query parameters: " + String.join(", ",
                            errors.stream().map(e -> "'" + e.field() + "'").toList()) + ".";
            throw new ProblemException(Problem.invalid(detail, errors));
        }
    }

    private static Set<String> names(SimpleResourceInfo resource) {
        SortedSet<String> names = new TreeSet<>();
        for (Class<?> type = resource.getResourceClass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(resource.getMethodName(), resource.parameterTypes());
                for (Annotation[] annotations : method.getParameterAnnotations()) {
                    for (Annotation a : annotations) {
                        if (a instanceof QueryParam q) {
                            names.add(q.value());
                        } else if (a instanceof RestQuery q && !q.value().isEmpty()) {
                            names.add(q.value());
                        }
                    }
                }
                return Collections.unmodifiableSortedSet(names);
            } catch (NoSuchMethodException e) {
                // look further up: CDI subclasses declare no resource methods
            }
        }
        return Set.of();
    }

    private static String shown(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }
}
