package io.lodestar.goals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a period is locked or unlocked; kept in the audit trail. */
public record PeriodLockForm(
		@NotBlank(message = "{goals.page.periods.reason.required}") @Size(max = 500, message = "{goals.page.periods.reason.size}") String reason) {
}
