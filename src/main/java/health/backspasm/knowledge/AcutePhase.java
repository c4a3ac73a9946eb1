package health.backspasm.knowledge;

import java.util.List;

/** How long pain counts as recent (acute): then acute-phase remedies are offered first. */
public record AcutePhase(Integer maxDays, List<String> sourceIds) {
}
