package health.backspasm.http;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods each resource path supports, for the {@code Allow} header of a 405: Quarkus
 * REST answers a wrong method without one. Read once from the resource classes' annotations.
 */
@Singleton
class AllowedMethods {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Entry(Pattern path, String template, String method) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> methods = new TreeSet<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = normalize(root.value() + "/" + (sub == null ? "" : sub.value()));
                    entries.add(new Entry(compile(template), template.replaceAll("\\s+", ""), http));
                    methods.add(http);
                }
            }
        }
    }

    /** The methods allowed on {@code path}, with HEAD and OPTIONS that Quarkus REST adds; empty when none. */
    String allow(String path) {
        Set<String> methods = new TreeSet<>();
        String normalized = normalize(path);
        for (Entry entry : entries) {
            if (entry.path().matcher(normalized).matches()) {
                methods.add(entry.method());
            }
        }
        if (methods.isEmpty()) {
            return "";
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * The resource path template that {@code path} falls under ({@code /api/v1/causes/{id}}), or null
     * when no resource serves it. The templates are a closed set, read from the code.
     */
    String template(String path) {
        String normalized = normalize(path);
        for (Entry entry : entries) {
            if (entry.path().matcher(normalized).matches()) {
                return entry.template();
            }
        }
        return null;
    }

    /** Whether some resource declares {@code method}, or it is HEAD or OPTIONS, which Quarkus REST adds. */
    boolean isServed(String method) {
        return methods.contains(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern compile(String template) {
        String path = normalize(template);
        StringBuilder regex = new StringBuilder();
        Matcher m = TEMPLATE.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            regex.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).strip() + ")");
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String normalize(String path) {
        if (path.length() > 1 && path.charAt(0) == '/' && path.indexOf("//") < 0 && !path.endsWith("/")) {
            return path; // already normal: the common case, without a regular expression
        }
        String collapsed = ("/" + path).replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }
}
