package io.lodestar.people;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change an org unit. {@code parentId} is required except for the company's root unit. */
public record OrgUnitRequest(UUID parentId,
		@NotBlank(message = "{people.org-unit.code.required}") @Size(max = 40, message = "{people.org-unit.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.org-unit.code.pattern}") String code,
		@NotBlank(message = "{people.org-unit.name.required}") @Size(max = 200, message = "{people.org-unit.name.size}") String name,
		@NotNull(message = "{people.org-unit.kind.required}") OrgUnitKind kind, UUID headEmployeeId, Integer sortOrder) {
}
