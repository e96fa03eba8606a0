package io.lodestar.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.people.Departure;
import io.swagger.v3.oas.annotations.media.Schema;

/** An employee leaving: the last working day (today or earlier). Their account stops working at once. */
@Schema(name = "Departure")
record DepartureRequest(
		@NotNull(message = "{people.leave.last-day.required}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-04-30") LocalDate lastDay,
		@Size(max = 500, message = "{people.move.reason.size}") String reason) {

	Departure command() {
		return new Departure(lastDay, reason);
	}

}
