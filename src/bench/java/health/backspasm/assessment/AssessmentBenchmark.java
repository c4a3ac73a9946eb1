package health.backspasm.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.BenchmarkInputs;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
import health.backspasm.http.KnowledgeTextWriter;
import health.backspasm.http.RepeatedPartsWriter;
import health.backspasm.knowledge.Knowledge;
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
 * The assessment engine's share of a {@code POST /api/v1/assessments} on the load benchmark's
 * 12-finding case: screening, cause ranking, remedies and the next question; and the same with the
 * answer written as JSON the way the service writes it, to show what the (about 8 KB) answer adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentBenchmark {

    private AssessmentEngine engine;
    private CaseInput input;
    private ObjectMapper json;

    @Setup
    public void setUp() {
        Knowledge knowledge = BenchmarkInputs.knowledge();
        engine = AssessmentEngine.of(knowledge);
        input = BenchmarkInputs.typicalCase();
        // Written as the service writes answers: the knowledge's text pre-quoted, recurring parts kept.
        json = new ObjectMapper().findAndRegisterModules();
        new KnowledgeTextWriter(knowledge).customize(json);
        new RepeatedPartsWriter().customize(json);
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(CaseFacts.of(input));
    }

    @Benchmark
    public byte[] assessAsJson() throws JsonProcessingException {
        return json.writeValueAsBytes(engine.assess(CaseFacts.of(input)));
    }
}
