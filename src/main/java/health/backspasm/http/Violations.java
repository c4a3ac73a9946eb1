package health.backspasm.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Turns Bean Validation violations into the {@code errors} of a validation problem, each field
 * named as the caller wrote it: a body field as its JSON path ({@code findings[2].id}), a query or
 * path parameter by its HTTP name.
 */
final class Violations {

    /** The field name of a violation of the whole request body (a missing body). */
    static final String BODY = "body";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private Violations() {
    }

    static Problem toProblem(Set<? extends ConstraintViolation<?>> violations) {
        return problem(violations.stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing((Problem.FieldError e) -> sortKey(e.field()))
                        .thenComparing(Problem.FieldError::message))
                .distinct()
                .toList());
    }

    /** The validation problem of these offending fields, in the order given. */
    static Problem problem(List<Problem.FieldError> errors) {
        String fields = errors.stream().map(e -> BODY.equals(e.field()) ? "the body" : "'" + e.field() + "'")
                .distinct().reduce((a, b) -> a + ", " + b).orElse("the request");
        return Problem.invalid("Invalid value" + (errors.size() == 1 ? "" : "s") + " in " + fields + ".", errors);
    }

    /** Orders {@code findings[2]} before {@code findings[10]}: indexes compare as numbers. */
    static String sortKey(String field) {
        return INDEX.matcher(field).replaceAll(m -> "[" + "0".repeat(Math.max(0, 10 - m.group(1).length()))
                + m.group(1) + "]");
    }

    static boolean isAboutReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static String field(ConstraintViolation<?> violation) {
        String prefix = "";
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER && method != null) {
                prefix = parameterName(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex());
            }
        }
        String path = JsonPaths.of(prefix, violation.getPropertyPath());
        return path.isEmpty() ? BODY : path;
    }

    /** The HTTP name of a resource method parameter, or empty for the body. */
    private static String parameterName(Class<?> resource, Path.MethodNode node, int index) {
        Method method = findMethod(resource, node);
        if (method == null) {
            return "";
        }
        for (Annotation a : method.getParameterAnnotations()[index]) {
            String name = httpName(a);
            if (name != null) {
                return name.isEmpty() ? method.getParameters()[index].getName() : name;
            }
        }
        return "";
    }

    private static Method findMethod(Class<?> type, Path.MethodNode node) {
        Class<?>[] types = node.getParameterTypes().toArray(new Class<?>[0]);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(node.getName(), types);
            } catch (NoSuchMethodException e) {
                // look further up: CDI subclasses and proxies declare no resource methods
            }
        }
        return null;
    }

    private static String httpName(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        } else if (a instanceof PathParam p) {
            return p.value();
        } else if (a instanceof HeaderParam h) {
            return h.value();
        } else if (a instanceof CookieParam c) {
            return c.value();
        } else if (a instanceof FormParam f) {
            return f.value();
        } else if (a instanceof RestQuery q) {
            return q.value();
        } else if (a instanceof RestPath p) {
            return p.value();
        } else if (a instanceof RestHeader h) {
            return h.value();
        } else if (a instanceof RestCookie c) {
            return c.value();
        } else if (a instanceof RestForm f) {
            return f.value();
        }
        return null;
    }
}
