package io.lodestar.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An employee leaving: their last working day (today or earlier) and why. */
public record Departure(@NotNull(message = "{people.leave.last-day.required}") LocalDate lastDay,
		@Size(max = 500, message = "{people.move.reason.size}") String reason) {
}
