package health.backspasm.security;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The hex SHA-256 of a key, as an operator puts it in {@code BACKSPASM_API_KEYS}. */
final class Sha256 {

    private Sha256() {
    }

    static String hex(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key.getBytes(StandardCharsets.UTF_8)));
    }
}
