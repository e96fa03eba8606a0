package io.lodestar.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.people.PositionRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new position. Same constraints as {@link PositionRequest}. */
@Schema(name = "CreatePosition")
record CreatePositionRequest(
		@NotBlank(message = "{people.position.code.required}") @Size(max = 40, message = "{people.position.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.position.code.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "REP") String code,
		@NotBlank(message = "{people.position.name.required}") @Size(max = 200, message = "{people.position.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Sales representative") String name,
		@Size(max = 2000, message = "{people.position.description.size}") String description) {

	PositionRequest command() {
		return new PositionRequest(code, name, description);
	}

}
