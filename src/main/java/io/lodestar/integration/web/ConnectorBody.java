package io.lodestar.integration.web;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.integration.ConnectorMode;
import io.lodestar.integration.ConnectorRequest;
import io.lodestar.integration.Schedule;
import io.lodestar.integration.ValuePeriod;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A connector as the API client wants it. {@code password} is write-only: omit it (or send null or "") to keep
 * the stored one. {@code version} is required when changing a connector (the version read), ignored on create.
 */
@Schema(name = "ConnectorInput")
record ConnectorBody(
		@NotBlank(message = "{integration.connector.name.required}") @Size(max = 100, message = "{integration.connector.name.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MES loss rates") String name,
		@NotBlank(message = "{integration.connector.url.required}") @Size(max = 500, message = "{integration.connector.url.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "jdbc:postgresql://mes.example.internal:5432/mes") String jdbcUrl,
		@Size(max = 200, message = "{integration.connector.username.size}") @Schema(example = "lodestar_reader") String username,
		@Size(max = 500, message = "{integration.connector.password.size}")
		@Schema(accessMode = Schema.AccessMode.WRITE_ONLY, description = "Stored encrypted, never returned; omit to keep.") String password,
		@NotBlank(message = "{integration.connector.query.required}") @Size(max = 8000, message = "{integration.connector.query.size}")
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "select employee_no, loss_rate, month_start from monthly_loss") String query,
		@NotNull(message = "{integration.connector.mode.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConnectorMode mode,
		@Schema(description = "SINGLE_VALUE: the KPI fed.") UUID kpiId,
		@Schema(description = "ROWS: the library definition whose personal KPIs are fed.") UUID definitionId,
		@Schema(description = "ROWS: the period of those KPIs.") UUID kpiPeriodId,
		@Schema(description = "Default CURRENT_MONTH.") ValuePeriod valuePeriod,
		@Pattern(regexp = "\\d{4}-\\d{2}", message = "{integration.connector.fixed-month.required}")
		@Schema(description = "FIXED_MONTH: the month, yyyy-MM.", example = "2026-03") String fixedMonth,
		@Schema(description = "Default MANUAL.") Schedule schedule,
		@Schema(description = "0–23, for DAILY, WEEKLY and MONTHLY (company time zone).", example = "6") Integer hour,
		@Schema(description = "1 (Monday) – 7, for WEEKLY.") Integer weekday,
		@Schema(description = "1–28, for MONTHLY.") Integer dayOfMonth,
		@Schema(description = "Disabled connectors do not run on their schedule (they can still be run by hand).") Boolean enabled,
		Long version) {

	ConnectorRequest command() {
		return new ConnectorRequest(name, jdbcUrl, username, password, query, mode, kpiId, definitionId, kpiPeriodId,
				valuePeriod, month(fixedMonth), schedule, hour, weekday, dayOfMonth,
				enabled == null || enabled);
	}

	/** yyyy-MM, or null (an impossible month is then reported as missing). */
	static YearMonth month(String text) {
		try {
			return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException impossible) {
			return null;
		}
	}

}
