package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in: the new value (metric) or done (milestone), confidence 0-10, a narrative (required when
 * confidence falls or the key result is off track), help needed, and optionally a status set by hand. Pushed
 * check-ins carry the client's idempotency key (re-sending changes nothing) and a source reference. After a
 * cycle is closed, only HR may check in, with {@code overrideReason}. {@code checkedOn} (default today) records a
 * value as of an earlier day of the cycle, never before the key result's latest check-in.
 */
public record CheckInRequest(@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal value,
		Boolean done,
		@NotNull(message = "{okr.check-in.confidence.range}") @Min(value = 0, message = "{okr.check-in.confidence.range}") @Max(value = 10, message = "{okr.check-in.confidence.range}") Integer confidence,
		@Size(max = 4000, message = "{okr.check-in.narrative.size}") String narrative,
		@Size(max = 1000, message = "{okr.check-in.help.size}") String helpNeeded, PaceStatus status,
		@Size(max = 200, message = "{okr.check-in.key.size}") String idempotencyKey,
		@Size(max = 300, message = "{okr.check-in.source-ref.size}") String sourceRef,
		@Size(max = 500, message = "{okr.check-in.override.size}") String overrideReason, LocalDate checkedOn) {

	/** A check-in as of today. */
	public CheckInRequest(BigDecimal value, Boolean done, Integer confidence, String narrative, String helpNeeded,
			PaceStatus status, String idempotencyKey, String sourceRef, String overrideReason) {
		this(value, done, confidence, narrative, helpNeeded, status, idempotencyKey, sourceRef, overrideReason, null);
	}

}
