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
import io.lodestar.test.IntegrationTest;

/**
 * Drafting on the OKR pages: the empty state before HR creates a cycle, the form that drafts an objective, a bad
 * form that shows its errors and stores nothing, a conflicting edit that keeps what was typed, and the pages in
 * Chinese.
 */
@IntegrationTest
class ObjectiveFormPagesIntegrationTests extends OkrPagesTestBase {

	@Test
	void withoutACycleThePagesSayThatHrCreatesOne() throws Exception {
		var empty = fixtures.company();
		String employees = page(get("/okr").with(Fixtures.as(empty.employee())));
		assertThat(employees).contains("data-no-cycle", "No OKR cycle yet", "HR creates the cycles",
				"Ask your HR team when the first cycle starts.")
			.doesNotContain("href=\"/admin/okr/cycles\"", "New objective");
		assertThat(page(get("/okr").with(Fixtures.as(empty.hr())))).contains("href=\"/admin/okr/cycles\"",
				"Create a cycle");
		assertThat(page(get("/okr/team").with(Fixtures.as(empty.manager())))).contains("No OKR cycle yet");
		mvc.perform(get("/okr/objectives/new").with(Fixtures.as(empty.employee())))
			.andExpect(redirectedUrl("/okr"));
		// the menu leads here for everyone in a company
		assertThat(page(get("/").with(Fixtures.as(empty.employee())))).contains("href=\"/okr\"");
	}

	@Test
	void anEmployeeDraftsAnObjectiveThroughTheForm() throws Exception {
		String form = page(get("/okr/objectives/new").with(Fixtures.as(company.employee())));
		// owners offered: only the employee (no unit they head, not the company); five key-result rows
		assertThat(form).contains("Me (Emma Employee)", "Key result 5", "name=\"keyResults[4].weight\"", "data-weights",
				"data-weight-sum", "must make exactly 100 %", "value=\"" + cycle.id() + "\"")
			.doesNotContain("The company", "Sales East");
		assertThat(page(get("/okr/objectives/new").with(Fixtures.as(company.executive())))).contains("The company",
				"Sales East");

		String location = mvc.perform(draft(company.employee(), "Optimise product performance", "keyResults[0].title",
				"Response time 800 ms → 640 ms", "keyResults[0].start", "800", "keyResults[0].target", "640",
				"keyResults[0].unit", "ms", "keyResults[0].weight", "50", "keyResults[1].title", "Open bugs 100 → 70",
				"keyResults[1].start", "100", "keyResults[1].target", "70", "keyResults[1].weight", "30",
				"keyResults[2].title", "Release the new cache", "keyResults[2].type", "MILESTONE",
				"keyResults[2].weight", "20"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/okr/objectives/".length()));
		ObjectiveView drafted = as(company.employee(), () -> objectives.get(company.employee().principal(), id));
		assertThat(drafted.ownerId()).isEqualTo(company.employee().employeeId());
		assertThat(drafted.keyResults()).extracting(kr -> kr.type()).containsExactly(KeyResultType.METRIC,
				KeyResultType.METRIC, KeyResultType.MILESTONE);
		assertThat(drafted.keyResults().get(1).start()).isEqualByComparingTo("100");
		assertThat(drafted.weightSum()).isEqualByComparingTo("100");

		String detail = page(get(location).with(Fixtures.as(company.employee())));
		assertThat(detail).contains("Optimise product performance", "Customers wait too long", "data-review=\"DRAFT\"",
				"Response time 800 ms → 640 ms", "Submit for review", "Edit");
		String home = page(get("/okr").with(Fixtures.as(company.employee())));
		assertThat(home).contains("id=\"objective-" + id + "\"", "3 key results", "Draft");
		// colleagues see public drafts of others, but not as theirs
		String colleagues = page(get("/okr").with(Fixtures.as(company.colleague())));
		assertThat(colleagues).contains("No objectives in this cycle yet").doesNotContain("id=\"objective-" + id + "\"");
	}

	@Test
	void aBadFormShowsItsErrorsNextToTheFieldsAndStoresNothing() throws Exception {
		String html = page(draft(company.employee(), " ", "keyResults[1].start", "5"));
		assertThat(html).contains("Write the objective, e.g.", "Describe the key result",
				"Give each key result a weight");
		assertThat(html).containsPattern("id=\"kr-1-title\"[^>]*aria-invalid=\"true\"");
		// what was typed stays
		assertThat(html).containsPattern("name=\"keyResults\\[1]\\.start\"[^>]*value=\"5\"");

		// the service's rule (target equals start) lands on the row that has it, though the first row is empty
		html = page(draft(company.employee(), "Flat objective", "keyResults[2].title", "Flat", "keyResults[2].start", "5",
				"keyResults[2].target", "5", "keyResults[2].weight", "100"));
		assertThat(html).contains("the target equals the start value");
		assertThat(html).containsPattern("(?s)id=\"kr-2-target\".{0,300}the target equals the start value");
		// no key result at all
		assertThat(page(draft(company.employee(), "Nothing measurable"))).contains("An objective has 1 to 5 key results.");
		assertThat(jdbc.sql("select count(*) from okr_objective where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aConflictingEditKeepsWhatWasTypedAndSaysWhy() throws Exception {
		UUID id = drafted(company.employee(), GoalVisibility.PUBLIC, "50", "50");
		String form = page(get("/okr/objectives/" + id + "/edit").with(Fixtures.as(company.employee())));
		assertThat(form).contains("value=\"Optimise product performance\"", "name=\"keyResults[1].id\"");
		String version = hidden(form, "version");
		// meanwhile the manager rewords it
		as(company.manager(), () -> {
			ObjectiveView seen = objectives.get(company.manager().principal(), id);
			return objectives.edit(company.manager().principal(), id, new ObjectiveDraft(cycle.id(),
					OwnerType.EMPLOYEE, company.employee().employeeId(), "Manager wording", null, null, null,
					seen.keyResults().stream().map(kr -> new KeyResultDraft(kr.id(), kr.title(), kr.type(), null,
							kr.start(), kr.target(), kr.unit(), kr.weight())).toList(), seen.version()));
		});
		ObjectiveView before = as(company.employee(), () -> objectives.get(company.employee().principal(), id));
		MockHttpServletRequestBuilder edit = post("/okr/objectives/" + id).param("version", version)
			.param("title", "Faster product for everyone")
			.param("why", "My reasons, typed with care")
			.param("visibility", "PUBLIC");
		for (int i = 0; i < before.keyResults().size(); i++) {
			var kr = before.keyResults().get(i);
			edit.param("keyResults[" + i + "].id", kr.id().toString())
				.param("keyResults[" + i + "].title", "Mine: " + kr.title())
				.param("keyResults[" + i + "].type", "METRIC")
				.param("keyResults[" + i + "].start", kr.start().toPlainString())
				.param("keyResults[" + i + "].target", kr.target().toPlainString())
				.param("keyResults[" + i + "].weight", "50");
		}
		String html = page(edit.with(Fixtures.as(company.employee())).with(csrf()));
		assertThat(html).contains("data-conflict", "Someone else changed this objective while you were editing it",
				"your text is kept below", "value=\"Faster product for everyone\"", "My reasons, typed with care",
				"value=\"Mine: Open bugs 100 &rarr; 70\"", "href=\"/okr/objectives/" + id + "/edit\"");
		// nothing of the stale edit was saved
		assertThat(as(company.employee(), () -> objectives.get(company.employee().principal(), id).title()))
			.isEqualTo("Manager wording");
	}

	@Test
	void thePagesSpeakChinese() throws Exception {
		UUID id = approved(company.employee(), "50", "50");
		String home = page(get("/okr").header("Accept-Language", "zh-CN").with(Fixtures.as(company.employee())));
		assertThat(home).contains("我的目标", "新建目标", "公司与部门目标", "已通过", "执行中");
		String detail = page(get("/okr/objectives/" + id).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.employee())));
		assertThat(detail).contains("关键结果", "更新进展", "信心指数", "对齐", "评论与建议");
	}

}
