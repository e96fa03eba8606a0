package io.lodestar.people.web;

import java.util.UUID;

import io.lodestar.people.PositionView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A job title of the company. */
@Schema(name = "Position")
record PositionResponse(UUID id, String code, String name, String description,
		@Schema(description = "Send it back with PUT; a stale version is refused with 409.") Long version) {

	static PositionResponse of(PositionView view) {
		return new PositionResponse(view.id(), view.code(), view.name(), view.description(), view.version());
	}

}
