package io.lodestar.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.people.PositionRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** The whole position as it should be, with the version the caller read. */
@Schema(name = "UpdatePosition")
record UpdatePositionRequest(
		@NotBlank(message = "{people.position.code.required}") @Size(max = 40, message = "{people.position.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.position.code.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "REP") String code,
		@NotBlank(message = "{people.position.name.required}") @Size(max = 200, message = "{people.position.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Senior sales representative") String name,
		@Size(max = 2000, message = "{people.position.description.size}") String description,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

	PositionRequest command() {
		return new PositionRequest(code, name, description);
	}

}
