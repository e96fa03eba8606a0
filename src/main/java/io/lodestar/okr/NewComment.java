package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment on an objective, or on one of its key results with {@code keyResultId}. With {@code suggestion},
 * it proposes a key result (title, type, direction, start, target, unit) or a new target for the key result.
 */
public record NewComment(UUID keyResultId,
		@NotBlank(message = "{okr.comment.body.required}") @Size(max = 2000, message = "{okr.comment.body.size}") String body,
		SuggestionKind suggestion, @Size(max = 300, message = "{okr.kr.title.size}") String suggestedTitle,
		KeyResultType suggestedType, Direction suggestedDirection,
		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal suggestedStart,
		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal suggestedTarget,
		@Size(max = 30, message = "{okr.kr.unit.size}") String suggestedUnit) {
}
