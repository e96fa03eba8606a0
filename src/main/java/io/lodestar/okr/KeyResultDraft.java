package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A key result as drafted: a metric (start, target, unit, direction) or a milestone; weight in percent of its
 * objective. {@code id} names an existing key result when an objective is edited; null adds one.
 */
public record KeyResultDraft(UUID id,
		@NotBlank(message = "{okr.kr.title.required}") @Size(max = 300, message = "{okr.kr.title.size}") String title,
		@NotNull(message = "{okr.kr.type.required}") KeyResultType type, Direction direction,
		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal start,
		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal target,
		@Size(max = 30, message = "{okr.kr.unit.size}") String unit,
		@NotNull(message = "{okr.kr.weight.required}") @DecimalMin(value = "0", message = "{okr.kr.weight.range}") @DecimalMax(value = "100", message = "{okr.kr.weight.range}") BigDecimal weight) {

	public KeyResultDraft {
		if (type == KeyResultType.MILESTONE) {
			direction = null;
			start = null;
			target = null;
			unit = null;
		}
		else if (direction == null && start != null && target != null) {
			direction = target.compareTo(start) < 0 ? Direction.DECREASE : Direction.INCREASE;
		}
	}

}
