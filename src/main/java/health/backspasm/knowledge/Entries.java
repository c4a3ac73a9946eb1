package health.backspasm.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable list of knowledge entries in file order, indexed by id. Entries without an id stay
 * out of the index (the loader reports them); of two entries with one id, the first is indexed.
 */
public record Entries<T>(List<T> all, Map<String, T> byId) {

    static <T> Entries<T> of(List<T> entries, Function<T, String> id) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T entry : entries) {
            String key = id.apply(entry);
            if (key != null) {
                index.putIfAbsent(key, entry);
            }
        }
        return new Entries<>(List.copyOf(entries), Map.copyOf(index));
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return all.size();
    }
}
