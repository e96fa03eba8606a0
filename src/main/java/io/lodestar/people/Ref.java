package io.lodestar.people;

import java.util.UUID;

/** A reference to another object with the name to show for it. */
public record Ref(UUID id, String name) {

	static Ref of(UUID id, String name) {
		return id == null ? null : new Ref(id, name);
	}

}
