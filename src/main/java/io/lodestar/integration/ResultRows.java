package io.lodestar.integration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a query result into the actuals to record: one value for one KPI, or rows of (employee number, value
 * [, date]) matched to the employees' KPIs. Rows that cannot be used are reported, never fatal. Values must be
 * finite numbers; more than 6 decimal places (what a measurement keeps) are rounded half up.
 */
final class ResultRows {

	/** Longest raw value quoted back in a problem. */
	private static final int QUOTE = 40;

	private ResultRows() {
	}

	/** One actual to record, with where it came from. */
	record Item(int row, String employeeNo, UUID kpiId, LocalDate measuredOn, BigDecimal value) {
	}

	record Mapped(List<Item> items, List<RunProblem> problems) {
	}

	static Mapped rows(ExternalQuery.Result result, Map<String, List<UUID>> kpisByEmployeeNo, LocalDate defaultDate) {
		List<Item> items = new ArrayList<>();
		List<RunProblem> problems = new ArrayList<>();
		boolean dated = result.columns().size() >= 3;
		for (int index = 0; index < result.rows().size(); index++) {
			Object[] row = result.rows().get(index);
			int number = index + 1;
			String employeeNo = row[0] == null ? null : row[0].toString().strip();
			if (employeeNo == null || employeeNo.isEmpty()) {
				problems.add(new RunProblem(number, null, null, "integration.run.problem.employee-missing", List.of()));
				continue;
			}
			BigDecimal value = number(row[1]);
			LocalDate measuredOn = dated && row[2] != null ? date(row[2]) : defaultDate;
			String when = measuredOn == null ? null : measuredOn.toString();
			if (value == null) {
				problems.add(new RunProblem(number, employeeNo, when, "integration.run.problem.value", List.of(quote(row[1]))));
			}
			else if (measuredOn == null) {
				problems.add(new RunProblem(number, employeeNo, null, "integration.run.problem.date", List.of(quote(row[2]))));
			}
			else if (!kpisByEmployeeNo.containsKey(employeeNo)) {
				problems.add(new RunProblem(number, employeeNo, when, "integration.run.problem.unknown-employee",
						List.of(employeeNo)));
			}
			else {
				for (UUID kpi : kpisByEmployeeNo.get(employeeNo)) {
					items.add(new Item(number, employeeNo, kpi, measuredOn, value));
				}
			}
		}
		return new Mapped(items, problems);
	}

	/** A finite number, rounded to 6 decimal places, or null. */
	static BigDecimal number(Object raw) {
		BigDecimal value = null;
		if (raw instanceof BigDecimal decimal) {
			value = decimal;
		}
		else if (raw instanceof Double || raw instanceof Float) {
			double real = ((Number) raw).doubleValue();
			value = Double.isNaN(real) || Double.isInfinite(real) ? null : new BigDecimal(raw.toString());
		}
		else if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
			value = BigDecimal.valueOf(((Number) raw).longValue());
		}
		else if (raw instanceof BigInteger whole) {
			value = new BigDecimal(whole);
		}
		else if (raw instanceof String text) {
			value = parse(text);
		}
		return value == null || value.scale() <= 6 ? value : value.setScale(6, RoundingMode.HALF_UP);
	}

	private static BigDecimal parse(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	static LocalDate date(Object raw) {
		if (raw instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		if (raw instanceof java.sql.Timestamp moment) {
			return moment.toLocalDateTime().toLocalDate();
		}
		if (raw instanceof LocalDate day) {
			return day;
		}
		if (raw instanceof LocalDateTime moment) {
			return moment.toLocalDate();
		}
		if (raw instanceof OffsetDateTime moment) {
			return moment.toLocalDate();
		}
		return raw instanceof String text ? parseDate(text.strip()) : null;
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	static String quote(Object raw) {
		String text = String.valueOf(raw);
		return text.length() > QUOTE ? text.substring(0, QUOTE) + "…" : text;
	}

}
