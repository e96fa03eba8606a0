package io.lodestar.kpi;

import java.util.List;

/** Why one item of a batch was refused: its position (0-based), the field and a message key. */
public record ItemProblem(int index, String field, String code, List<Object> arguments) {
}
