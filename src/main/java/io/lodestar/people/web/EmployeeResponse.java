package io.lodestar.people.web;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.people.EmployeeStatus;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.Ref;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An employee as the caller may see them. Restricted fields are always present as keys; they are
 * {@code null} and {@code restricted} is {@code true} when the caller may not see them (see
 * {@code EmployeeVisibility}). Clients can therefore rely on one fixed shape.
 */
@Schema(name = "Employee")
@JsonInclude(JsonInclude.Include.ALWAYS)
record EmployeeResponse(UUID id, String employeeNo, String name, String email, EmployeeStatus status, Ref orgUnit,
		Ref position, Ref manager,
		@Schema(description = "True when the caller may not see the restricted fields below; they are then null.")
		boolean restricted,
		@Schema(description = "Restricted.", nullable = true) String phone,
		@Schema(description = "Restricted.", nullable = true) LocalDate hireDate,
		@Schema(description = "Restricted: the last working day of someone who left.", nullable = true) LocalDate leftOn,
		@Schema(description = "Restricted; send it back with PUT.", nullable = true) Long version) {

	static EmployeeResponse of(EmployeeView view) {
		return new EmployeeResponse(view.id(), view.employeeNo(), view.name(), view.email(), view.status(),
				view.orgUnit(), view.position(), view.manager(), view.restricted(), view.phone(), view.hireDate(),
				view.leftOn(), view.version());
	}

}
