package io.lodestar.integration;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/** Library definitions and connector requests the connector tests (and the cross-tenant test) share. */
public final class ConnectorTestData {

	private ConnectorTestData() {
	}

	/** Loss rate in %, monthly, the lower the better: completion = target / actual, capped at 120 %. */
	public static KpiConfig lossRate(String target) {
		return new KpiConfig("%", Direction.AT_MOST, ScoringMethod.RATIO, Aggregation.AVERAGE, PeriodKind.MONTH, null,
				new BigDecimal(target), null, null, null, true, null, List.of(), new BigDecimal("1.2"), BigDecimal.ZERO,
				new BigDecimal("50"), false, null);
	}

	public static KpiDefinitionRequest lossRateDefinition() {
		return new KpiDefinitionRequest("LOSS", "个人操作损耗率", null, lossRate("5"), null);
	}

	/** A rows connector that runs only by hand. */
	public static ConnectorRequest rows(String name, ErpDatabase erp, String query, UUID definitionId, UUID periodId) {
		return new ConnectorRequest(name, erp.url(), erp.user(), erp.password(), query, ConnectorMode.ROWS, null,
				definitionId, periodId, ValuePeriod.CURRENT_MONTH, null, Schedule.MANUAL, null, null, null, true);
	}

	/** A connector to a database that is never opened (it is never run). */
	public static ConnectorRequest neverRun(String name, UUID definitionId, UUID periodId) {
		return new ConnectorRequest(name, "jdbc:h2:mem:nowhere", "reader", "Never-Used-42", "select 1, 2",
				ConnectorMode.ROWS, null, definitionId, periodId, ValuePeriod.FIXED_MONTH, YearMonth.of(2020, 1),
				Schedule.MANUAL, null, null, null, false);
	}

}
