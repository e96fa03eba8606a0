package io.lodestar.people.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Someone who left comes back, in their last placement (without a manager who has left meanwhile). */
@Schema(name = "Rejoin")
record RejoinRequest(@Schema(description = "First working day; today when omitted.", example = "2026-05-06") LocalDate firstDay) {
}
