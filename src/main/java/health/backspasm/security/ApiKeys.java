package health.backspasm.security;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The partner API keys, held only as SHA-256 hashes, and the check of a presented key against them.
 * A malformed setting stops the start: a service that silently ignored a broken key list would be
 * open when its operator believes it closed.
 */
@Startup
@Singleton
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** One partner: the name shown in metrics, and the SHA-256 of its key. */
    record Entry(String name, byte[] sha256) {
    }

    private final List<Entry> entries;

    ApiKeys(SecurityConfig config) {
        this.entries = parse(config.apiKeys().orElse(""));
        if (entries.isEmpty()) {
            LOG.warn("backspasm.api-keys (BACKSPASM_API_KEYS) is not set: the /api endpoints are open to anyone");
        } else {
            LOG.infof("Partner API keys required on /api: %d configured", entries.size());
        }
    }

    /** Whether keys are configured, so that {@code /api/**} needs one. */
    public boolean required() {
        return !entries.isEmpty();
    }

    /**
     * The partner name whose hash matches {@code presentedKey}. Every configured hash is compared,
     * each in constant time, so the time taken tells nothing about which entry, if any, matched.
     */
    public Optional<String> partnerFor(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(presentedKey.getBytes(StandardCharsets.UTF_8));
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(presented, entry.sha256()) && match == null) {
                match = entry.name();
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * Parses {@code name:sha256hex,...}. Messages name the entry by position and never repeat its
     * text, so a key pasted by mistake in place of its hash does not reach the log.
     */
    static List<Entry> parse(String setting) {
        List<Entry> parsed = new ArrayList<>();
        if (setting.isBlank()) {
            return List.of();
        }
        String[] items = setting.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            int position = i + 1;
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw invalid(position, "has no ':' between a name and a SHA-256 hex hash");
            }
            String name = item.substring(0, colon).strip();
            String hash = item.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches()) {
                throw invalid(position, "needs a name of 1 to 64 letters, digits, '.', '_' or '-' before the ':'");
            }
            if (!SHA256_HEX.matcher(hash).matches()) {
                throw invalid(position, "needs a SHA-256 hash of 64 hex digits after the ':'");
            }
            if (parsed.stream().anyMatch(e -> e.name().equals(name))) {
                throw invalid(position, "repeats the name of an earlier entry");
            }
            parsed.add(new Entry(name, HexFormat.of().parseHex(hash)));
        }
        return List.copyOf(parsed);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static ConfigurationException invalid(int position, String what) {
        return new ConfigurationException("Invalid backspasm.api-keys (BACKSPASM_API_KEYS): entry " + position
                + " " + what + "; expected name:sha256hex[,name2:sha256hex...]");
    }
}
