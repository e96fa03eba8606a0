package io.lodestar.people.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new org unit under an existing one. Same constraints as {@link OrgUnitRequest}. */
@Schema(name = "CreateOrgUnit")
record CreateOrgUnitRequest(
		@NotNull(message = "{people.org-unit.parent.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID parentId,
		@NotBlank(message = "{people.org-unit.code.required}") @Size(max = 40, message = "{people.org-unit.code.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*", message = "{people.org-unit.code.pattern}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SALES-WEST") String code,
		@NotBlank(message = "{people.org-unit.name.required}") @Size(max = 200, message = "{people.org-unit.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Sales West") String name,
		@NotNull(message = "{people.org-unit.kind.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrgUnitKind kind,
		@Schema(description = "An active employee who heads the unit.") UUID headEmployeeId,
		@Schema(description = "Order among siblings; 0 if omitted.") Integer sortOrder) {

	OrgUnitRequest command() {
		return new OrgUnitRequest(parentId, code, name, kind, headEmployeeId, sortOrder);
	}

}
