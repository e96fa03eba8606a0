package io.lodestar.kpi.web;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.kpi.KpiPeriodResult;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/** A KPI's result in one period. */
@Schema(name = "KpiPeriodResult")
@JsonInclude(JsonInclude.Include.ALWAYS)
record PeriodResultResponse(PeriodRef period,
		@Schema(description = "The aggregated actual; null without data.", nullable = true) BigDecimal actual,
		@Schema(description = "The target for this period (scaled for sums and counts).", nullable = true) BigDecimal target,
		@Schema(description = "After cap and floor, as a fraction (1 = 100 %); null without data.", nullable = true) BigDecimal completion,
		@Schema(description = "Before cap and floor.", nullable = true) BigDecimal rawCompletion, int measurementCount) {

	static PeriodResultResponse of(KpiPeriodResult result, Messages messages) {
		return new PeriodResultResponse(PeriodRef.of(result.period(), messages), Decimals.clean(result.actual()),
				Decimals.clean(result.target()), Decimals.clean(result.completion()),
				Decimals.clean(result.rawCompletion()), result.measurementCount());
	}

}
