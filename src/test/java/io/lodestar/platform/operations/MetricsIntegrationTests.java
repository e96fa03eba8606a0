package io.lodestar.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.engagement.EngagementScenario;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Prometheus scrapes {@code /actuator/prometheus} with the configured bearer token and nothing else opens it
 * (not a session, not a personal token, not even a system administrator's); the scrape carries the business
 * metrics docs/reliability.md lists.
 */
@IntegrationTest
class MetricsIntegrationTests {

	static final String TOKEN = "test-scrape-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	Measurements measurements;

	@Test
	void onlyTheScrapeTokenOpensTheMetrics() throws Exception {
		var company = fixtures.company();
		var admin = fixtures.systemAdministrator(company);
		assertThat(status(get("/actuator/prometheus"))).as("anonymous").isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer wrong-" + TOKEN)))
			.as("wrong token").isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN.substring(1))))
			.as("a prefix of the token").isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(Api.basic("prometheus", TOKEN)))).as("token as Basic")
			.isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(Fixtures.as(company.hr())))).as("HR session").isIn(401, 403);
		assertThat(status(get("/actuator/prometheus").with(Fixtures.as(admin)))).as("system admin session")
			.isIn(401, 403);
		String adminToken = fixtures.token(admin, TokenScope.READ, TokenScope.WRITE);
		assertThat(status(get("/actuator/prometheus").with(Api.bearer(adminToken)))).as("system admin's token")
			.isEqualTo(401);
		var scraped = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN)).andReturn()
			.getResponse();
		assertThat(scraped.getStatus()).isEqualTo(200);
		assertThat(scraped.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theScrapeCarriesTheBusinessMetrics() throws Exception {
		var company = fixtures.company();
		SystemActor.runAs(company.id(), () -> {
			var kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Scraped sales");
			return measurements.record(company.hr().principal(), MeasurementSource.API, List.of(new NewMeasurement(kpi,
					BigDecimal.TEN, calendar.today(company.id()).minusYears(1), "scrape-1", null, null, false)), false);
		});
		String text = scrape();
		assertThat(text).contains("lodestar_kpi_measurements_ingested_total{source=\"API\"}",
				"lodestar_kpi_measurements_ingested_total{source=\"CONNECTOR\"}", "lodestar_kpi_results_queue_depth",
				"lodestar_attendance_punches_received_total{outcome=\"stored\"}",
				"lodestar_attendance_device_last_seen_age_seconds",
				"lodestar_notifications_deliveries_failed_total{channel=\"CHAT\",final=\"true\"}",
				"lodestar_appraisal_computations_seconds_count{mode=\"background\",outcome=\"success\"}",
				"jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count");
		assertThat(valueOf(text, "lodestar_kpi_measurements_ingested_total{source=\"API\"}")).isGreaterThanOrEqualTo(1);
		// scheduled jobs are timed by Spring's observation of @Scheduled: the KPI result queue runs every 5 s
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!text.contains("tasks_scheduled_execution_seconds_count") && Instant.now().isBefore(until)) {
			Thread.sleep(500);
			text = scrape();
		}
		assertThat(text).contains("tasks_scheduled_execution_seconds_count").contains("KpiResultQueue");
		// metrics name no company, person or device
		assertThat(text).doesNotContain(company.code()).doesNotContain(company.id().toString());
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN)).andReturn()
			.getResponse().getContentAsString();
	}

	private static double valueOf(String text, String series) {
		return text.lines().filter(line -> line.startsWith(series + " ")).mapToDouble(line -> Double
			.parseDouble(line.substring(series.length() + 1).split(" ")[0])).findFirst().orElse(-1);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
