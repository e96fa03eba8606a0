package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A review comment on an objective or one of its key results. A suggestion also carries what it proposes and
 * whether the owner accepted it.
 */
public record CommentView(UUID id, UUID objectiveId, UUID keyResultId, String authorName, String body,
		SuggestionKind suggestion, String suggestedTitle, KeyResultType suggestedType, Direction suggestedDirection,
		BigDecimal suggestedStart, BigDecimal suggestedTarget, String suggestedUnit, SuggestionState state,
		Instant at) {

	public boolean isOpenSuggestion() {
		return suggestion != null && state == SuggestionState.OPEN;
	}

}
