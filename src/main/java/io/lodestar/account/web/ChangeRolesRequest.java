package io.lodestar.account.web;

import java.util.Set;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/** The complete set of granted roles the account should have (empty takes all away), and the version read. */
@Schema(name = "ChangeRoles")
record ChangeRolesRequest(
		@NotNull(message = "{account.user.roles.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<GrantableRole> roles,
		@NotNull(message = "{platform.validation.version-required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
}
