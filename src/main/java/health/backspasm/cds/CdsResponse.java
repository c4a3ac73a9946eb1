package health.backspasm.cds;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CDS Hooks response: the cards, possibly none. */
@Schema(name = "CdsResponse", description = "The cards of a CDS Hooks service call; empty when there is nothing to say.")
public record CdsResponse(@Schema(required = true) List<Card> cards) {

    public CdsResponse {
        cards = List.copyOf(cards);
    }
}
