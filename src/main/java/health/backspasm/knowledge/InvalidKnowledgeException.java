package health.backspasm.knowledge;

import java.util.List;

/** The knowledge files are broken; the message names each file and entry at fault. */
public class InvalidKnowledgeException extends RuntimeException {

    private final List<String> problems;

    public InvalidKnowledgeException(List<String> problems) {
        super("The knowledge model is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
