package health.backspasm.interpretation;

import health.backspasm.BenchmarkInputs;
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

/** The interpreter's share of a {@code POST /api/v1/interpretations} on the load benchmark's 200-character message. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InterpretationBenchmark {

    private Interpreter interpreter;
    private String message;

    @Setup
    public void setUp() {
        interpreter = new Interpreter(BenchmarkInputs.knowledge());
        message = BenchmarkInputs.typicalMessage();
    }

    @Benchmark
    public Interpretation interpret() {
        return interpreter.interpret(message);
    }
}
