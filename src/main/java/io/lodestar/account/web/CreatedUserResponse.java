package io.lodestar.account.web;

import io.lodestar.account.CreatedUser;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new account and its first password: shown this once, pass it on safely; the user should change it. */
@Schema(name = "CreatedUser")
record CreatedUserResponse(UserResponse user,
		@Schema(description = "Shown only in this response; it cannot be retrieved again.") String initialPassword) {

	static CreatedUserResponse of(CreatedUser created) {
		return new CreatedUserResponse(UserResponse.of(created.user()), created.initialPassword());
	}

}
