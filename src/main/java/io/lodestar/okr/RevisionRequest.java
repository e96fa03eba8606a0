package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposed mid-cycle change of a key result: its new definition (title, type, direction, start, target,
 * unit; the weight stays), from when it should count (default: today), the value it starts from, and why.
 */
public record RevisionRequest(@NotNull(message = "{okr.kr.title.required}") @Valid KeyResultDraft keyResult,
		LocalDate effectiveFrom,
		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal currentValue,
		@NotBlank(message = "{okr.revision.reason.required}") @Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {
}
