package health.backspasm.catalogue;

/**
 * The {@code If-None-Match} test of RFC 9110 (section 13.1.2): a list of entity tags or {@code *},
 * compared weakly, so {@code W/"x"} matches {@code "x"}.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** True when {@code ifNoneMatch} (the header's value, may be null) names {@code etag} or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || opaque(candidate).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
