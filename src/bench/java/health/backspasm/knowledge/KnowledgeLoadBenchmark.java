package health.backspasm.knowledge;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What reading and checking the knowledge costs once warm (the share of start-up that is ours), and
 * that the entity tag every catalogue response carries is cheap enough to compute per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KnowledgeLoadBenchmark {

    private KnowledgeFiles files;
    private Knowledge knowledge;

    @Setup
    public void setUp() {
        files = KnowledgeFiles.classpath("knowledge");
        knowledge = KnowledgeLoader.load(files);
    }

    @Benchmark
    public Knowledge loadAndCheck() {
        return KnowledgeLoader.load(files);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public String etag() {
        return knowledge.etag();
    }
}
