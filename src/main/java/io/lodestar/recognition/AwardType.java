package io.lodestar.recognition;

import java.util.UUID;

public record AwardType(UUID id, String name, String description, boolean active, long version) {
}
