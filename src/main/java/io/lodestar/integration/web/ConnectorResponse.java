package io.lodestar.integration.web;

import java.time.Instant;
import java.util.UUID;

import io.lodestar.integration.ConnectorMode;
import io.lodestar.integration.ConnectorView;
import io.lodestar.integration.Schedule;
import io.lodestar.integration.ValuePeriod;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/** A connector; the password is never returned, only whether one is stored. */
@Schema(name = "Connector")
record ConnectorResponse(UUID id, String name, String jdbcUrl, String username, boolean passwordSet, String query,
		ConnectorMode mode, UUID kpiId, UUID definitionId, UUID kpiPeriodId, ValuePeriod valuePeriod, String fixedMonth,
		Schedule schedule, Integer hour, Integer weekday, Integer dayOfMonth, boolean enabled,
		@Schema(description = "When the scheduler runs it next; null when manual or disabled.") Instant nextRunAt,
		boolean running, RunResponse lastRun,
		@Schema(description = "Send it back with PUT; a stale version is refused with 409.") Long version) {

	static ConnectorResponse of(ConnectorView view, Messages messages) {
		return new ConnectorResponse(view.id(), view.name(), view.jdbcUrl(), view.username(), view.passwordSet(),
				view.query(), view.mode(), view.kpiId(), view.definitionId(), view.kpiPeriodId(), view.valuePeriod(),
				view.fixedMonth() == null ? null : view.fixedMonth().toString(), view.schedule(), view.hour(),
				view.weekday(), view.dayOfMonth(), view.enabled(), view.nextRunAt(), view.runningSince() != null,
				view.lastRun() == null ? null : RunResponse.of(view.lastRun(), messages), view.version());
	}

}
