package io.lodestar.people;

import java.util.UUID;

public record PositionView(UUID id, String code, String name, String description, Long version) {
}
