package io.lodestar.people;

import java.time.LocalDate;

/** One period of an employee's placement; {@code to} is exclusive and null while it lasts. */
public record AssignmentView(LocalDate from, LocalDate to, Ref orgUnit, Ref position, Ref manager, String reason) {
}
