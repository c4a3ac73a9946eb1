package health.backspasm.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Where the knowledge files are read from: the class path in the service, anywhere in tests. */
@FunctionalInterface
public interface KnowledgeFiles {

    /** The bytes of the named file, or empty when there is no such file. */
    Optional<byte[]> read(String fileName);

    static KnowledgeFiles classpath(String folder) {
        return fileName -> {
            String resource = folder + "/" + fileName;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        };
    }
}
