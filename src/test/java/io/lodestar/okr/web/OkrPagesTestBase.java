package io.lodestar.okr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.CyclePhase;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/**
 * What the OKR page tests share: a company with a 2026 Q4 cycle, the new-objective form as a browser sends it,
 * objectives drafted and approved through the pages and services, and small readers of the rendered HTML.
 */
abstract class OkrPagesTestBase {


	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OkrCycles cycles;

	@Autowired
	Objectives objectives;

	@Autowired
	JdbcClient jdbc;

	Fixtures.Company company;

	OkrCycle cycle;

	@BeforeEach
	void companyWithAQuarter() {
		company = fixtures.company();
		cycle = SystemActor.runAs(company.id(), () -> cycles.create(company.hr().principal(),
				new NewCycle("2026 Q4", Cadence.QUARTER, LocalDate.of(2026, 10, 1), null, null, null, null, null, null,
						null)));
	}

	/** The new-objective form as sent, with a title and the given fields ("keyResults[0].title", "...", ...). */
	MockHttpServletRequestBuilder draft(Fixtures.Person as, String title, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("cycleId", cycle.id().toString());
		values.put("owner", "me");
		values.put("title", title);
		values.put("why", "Customers wait too long");
		values.put("visibility", "PUBLIC");
		for (int i = 0; i < 5; i++) {
			values.put("keyResults[" + i + "].title", "");
			values.put("keyResults[" + i + "].type", "METRIC");
			values.put("keyResults[" + i + "].start", "");
			values.put("keyResults[" + i + "].target", "");
			values.put("keyResults[" + i + "].unit", "");
			values.put("keyResults[" + i + "].weight", "");
		}
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/okr/objectives");
		values.forEach(request::param);
		return request.with(Fixtures.as(as)).with(csrf());
	}

	/** A draft of two metric key results (response time, open bugs) with the given weights, through the form. */
	UUID drafted(Fixtures.Person owner, GoalVisibility visibility, String first, String second)
			throws Exception {
		String location = mvc.perform(draft(owner, "Optimise product performance", "visibility", visibility.name(),
				"keyResults[0].title", "Response time 800 ms → 640 ms", "keyResults[0].start", "800",
				"keyResults[0].target", "640", "keyResults[0].unit", "ms", "keyResults[0].weight", first,
				"keyResults[1].title", "Open bugs 100 → 70", "keyResults[1].start", "100", "keyResults[1].target", "70",
				"keyResults[1].weight", second))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring("/okr/objectives/".length()));
	}

	/** Drafted, submitted and approved by the manager. */
	UUID approved(Fixtures.Person owner, String first, String second) throws Exception {
		UUID id = drafted(owner, GoalVisibility.PUBLIC, first, second);
		SystemActor.runAs(company.id(), () -> {
			objectives.submit(owner.principal(), id, null);
			return objectives.approve(company.manager().principal(), id, null, null);
		});
		return id;
	}

	void setWeights(UUID id, String... weights) {
		as(company.employee(), () -> {
			ObjectiveView seen = objectives.get(company.employee().principal(), id);
			List<KeyResultDraft> krs = new java.util.ArrayList<>();
			for (int i = 0; i < seen.keyResults().size(); i++) {
				var kr = seen.keyResults().get(i);
				krs.add(new KeyResultDraft(kr.id(), kr.title(), kr.type(), null, kr.start(), kr.target(), kr.unit(),
						new BigDecimal(weights[i])));
			}
			return objectives.edit(company.employee().principal(), id, new ObjectiveDraft(cycle.id(),
					OwnerType.EMPLOYEE, company.employee().employeeId(), seen.title(), seen.why(), null, null, krs,
					seen.version()));
		});
	}

	UUID keyResult(UUID objective, int index) {
		return as(company.employee(), () -> objectives.get(company.hr().principal(), objective).keyResults().get(index)
			.id());
	}

	String version(UUID objective) {
		return String.valueOf(as(company.hr(), () -> objectives.get(company.hr().principal(), objective).version()));
	}

	String reviewState(UUID objective) {
		return jdbc.sql("select review_state from okr_objective where tenant_id = :t and goal_id = :o")
			.param("t", company.id()).param("o", objective).query(String.class).single();
	}

	<T> T as(Fixtures.Person person, java.util.function.Supplier<T> action) {
		return SystemActor.runAs(person.tenantId(), action::get);
	}

	/** The progress shown in a key result's row of the key-results table. */
	static String progressOf(String html, UUID keyResult) {
		Matcher matcher = Pattern.compile("(?s)data-kr=\"" + keyResult + "\".*?data-progress>([^<]+)<").matcher(html);
		assertThat(matcher.find()).as("progress of " + keyResult).isTrue();
		return matcher.group(1).strip();
	}

	static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		if (!matcher.find()) {
			matcher = Pattern.compile("id=\"" + name + "\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
			assertThat(matcher.find()).as("hidden " + name).isTrue();
		}
		return matcher.group(1);
	}

	/** The HTML of the element with this id up to the next section. */
	static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		int end = html.indexOf("<section", start + 1);
		return end < 0 ? html.substring(start) : html.substring(start, end);
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
