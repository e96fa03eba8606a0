package io.lodestar.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PositionRequest(
		@NotBlank(message = "{people.position.code.required}") @Size(max = 40, message = "{people.position.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.position.code.pattern}") String code,
		@NotBlank(message = "{people.position.name.required}") @Size(max = 200, message = "{people.position.name.size}") String name,
		@Size(max = 2000, message = "{people.position.description.size}") String description) {
}
