package io.lodestar.okr;

import jakarta.validation.constraints.Size;

/** What the owner writes about an objective at close: what went well, what did not, why, and what comes next. */
public record Reflection(@Size(max = 4000, message = "{okr.reflection.size}") String wentWell,
		@Size(max = 4000, message = "{okr.reflection.size}") String wentBadly,
		@Size(max = 4000, message = "{okr.reflection.size}") String reasons, CarryOver carryOver) {
}
