package io.lodestar.integration;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A connector as it should be. {@code password}: blank keeps the stored one (or none for a new connector);
 * it is encrypted at once and never returned.
 *
 * @param kpiId the KPI a {@link ConnectorMode#SINGLE_VALUE} connector feeds
 * @param definitionId with {@code kpiPeriodId}: the library definition whose personal KPIs in that period a
 * {@link ConnectorMode#ROWS} connector feeds
 * @param fixedMonth the month of {@link ValuePeriod#FIXED_MONTH}
 * @param hour 0–23 for DAILY, WEEKLY and MONTHLY
 * @param weekday 1 (Monday) – 7 for WEEKLY
 * @param dayOfMonth 1–28 for MONTHLY
 */
public record ConnectorRequest(String name, String jdbcUrl, String username, String password, String query,
		ConnectorMode mode, UUID kpiId, UUID definitionId, UUID kpiPeriodId, ValuePeriod valuePeriod,
		YearMonth fixedMonth, Schedule schedule, Integer hour, Integer weekday, Integer dayOfMonth, boolean enabled) {
}
