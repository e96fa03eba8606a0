package io.lodestar.account.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new random password after a reset, shown once; the user's sessions have been ended. */
@Schema(name = "PasswordReset")
record PasswordResetResponse(
		@Schema(description = "Shown only in this response; it cannot be retrieved again.") String initialPassword) {
}
