package health.backspasm.screening;

import health.backspasm.BenchmarkInputs;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
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

/** The screening engine's share of a {@code POST /api/v1/screenings} on the load benchmark's 12-finding case. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {

    private ScreeningEngine engine;
    private CaseInput input;

    @Setup
    public void setUp() {
        engine = new ScreeningEngine(BenchmarkInputs.knowledge());
        input = BenchmarkInputs.typicalCase();
    }

    @Benchmark
    public Screening screen() {
        return engine.screen(CaseFacts.of(input));
    }
}
