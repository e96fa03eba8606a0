package io.lodestar.okr.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why HR reopens a closed cycle; kept in the objectives' history and the audit trail. */
record ReopenForm(@NotBlank(message = "{okr.cycle.reopen-reason.required}") @Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {
}
