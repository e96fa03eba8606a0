package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.PiecewiseSteps;
import io.lodestar.platform.web.DisplayNumbers;
import io.lodestar.platform.web.Messages;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * A KPI's definition in plain words, in the request's language: "Decrease to 4 % from a baseline of 7 %,
 * monthly, average of the values of each month, capped at 120 %".
 */
@Component
class KpiWording {

	private final Messages messages;

	KpiWording(Messages messages) {
		this.messages = messages;
	}

	String describe(KpiConfig config) {
		List<String> parts = new ArrayList<>();
		parts.add(goal(config));
		parts.add(messages.get("kpi.detail.frequency." + config.frequency()));
		parts.add(messages.get("kpi.detail.aggregation." + config.aggregation(),
				messages.get("kpi.detail.period-noun." + config.frequency())));
		switch (config.method()) {
			case BAND -> parts.add(messages.get("kpi.detail.scored.band", value(config.tolerance(), config.unit())));
			case PIECEWISE -> parts.add(messages.get("kpi.detail.scored.piecewise", PiecewiseSteps.format(config.steps())));
			case THRESHOLD -> parts.add(messages.get("kpi.detail.scored.threshold"));
			case RATIO -> parts.add(messages.get("kpi.detail.scored.ratio"));
			default -> {
				// progress and done/not done are already said by the goal sentence
			}
		}
		if (config.stretch() != null && config.direction() != Direction.RANGE && config.direction() != Direction.DONE) {
			parts.add(messages.get("kpi.detail.stretch", value(config.stretch(), config.unit())));
		}
		if (config.cap() != null) {
			parts.add(messages.get("kpi.detail.cap", percent(config.cap())));
		}
		if (config.floor() != null && config.floor().signum() != 0) {
			parts.add(messages.get("kpi.detail.floor", percent(config.floor())));
		}
		String sentence = parts.get(0);
		for (String part : parts.subList(1, parts.size())) {
			sentence = messages.get("kpi.detail.join", sentence, part);
		}
		return sentence;
	}

	private String goal(KpiConfig config) {
		String unit = config.unit();
		String target = value(config.target(), unit);
		Direction direction = config.direction();
		return switch (direction) {
			case INCREASE, DECREASE -> config.method() == ScoringMethod.PROGRESS
					? messages.get("kpi.detail.goal." + direction + ".progress", target, value(config.baseline(), unit))
					: messages.get("kpi.detail.goal." + direction, target);
			case AT_LEAST, AT_MOST -> messages.get("kpi.detail.goal." + direction
					+ (config.method() == ScoringMethod.THRESHOLD && !config.inclusive() ? ".strict" : ""), target);
			case RANGE -> messages.get("kpi.detail.goal.RANGE", value(config.rangeLow(), unit),
					value(config.rangeHigh(), unit));
			case DONE -> messages.get("kpi.detail.goal.DONE");
		};
	}

	/** "4 %", "1,000,000 元", "5.65 %" — a number for reading (see {@link DisplayNumbers}), with the KPI's unit. */
	public String value(BigDecimal value, String unit) {
		if (value == null) {
			return "—";
		}
		String number = DisplayNumbers.of(value);
		return unit == null || unit.isBlank() ? number : number + " " + unit;
	}

	/** 1.2 → "120". */
	private static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
	}

}
