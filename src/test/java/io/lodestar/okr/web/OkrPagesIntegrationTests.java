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
 * The OKR pages as people use them: drafting through the form (and a bad form that stores nothing), a
 * conflicting edit that keeps what was typed, review by the manager, a suggestion accepted with one click,
 * check-ins moving the progress shown, a change of a key result and the final score, the team's weekly
 * view, alignment, private objectives, and the empty state before HR creates a cycle.
 */
@IntegrationTest
class OkrPagesIntegrationTests {

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
	void theManagerReturnsWithAReasonAndApprovesTheResubmission() throws Exception {
		UUID id = drafted(company.employee(), GoalVisibility.PUBLIC, "50", "30");
		// weights of 80 % cannot be submitted
		String refused = page(post("/okr/objectives/" + id + "/submit").param("version", "0")
			.with(Fixtures.as(company.employee())).with(csrf()));
		assertThat(refused).contains("data-submit-errors", "add up to 80 %");
		setWeights(id, "50", "50");
		mvc.perform(post("/okr/objectives/" + id + "/submit").param("version", version(id))
			.with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id))
			.andExpect(flash().attributeExists("notice"));

		String home = page(get("/okr").with(Fixtures.as(company.manager())));
		assertThat(home).contains("id=\"my-team\"", "1 waiting for your review", "id=\"objective-" + id + "\"",
				"Waiting for your review", "Emma Employee");
		String review = page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager())));
		assertThat(review).contains("id=\"review\"", "/okr/objectives/" + id + "/approve",
				"/okr/objectives/" + id + "/return");
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee()))))
			.doesNotContain("id=\"review\"").contains("Submitted: waiting for the reviewer");

		// returning needs a reason
		String noReason = page(post("/okr/objectives/" + id + "/return").param("version", version(id)).param("note", " ")
			.with(Fixtures.as(company.manager())).with(csrf()));
		assertThat(noReason).contains("Say why you return the objective");
		assertThat(reviewState(id)).isEqualTo("SUBMITTED");
		mvc.perform(post("/okr/objectives/" + id + "/return").param("version", version(id))
			.param("note", "Make the bug target more ambitious").with(Fixtures.as(company.manager())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id));
		assertThat(reviewState(id)).isEqualTo("RETURNED");
		String returned = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(returned).contains("Returned by Max Manager", "Make the bug target more ambitious",
				"data-review=\"RETURNED\"");

		mvc.perform(post("/okr/objectives/" + id + "/submit").param("version", version(id))
			.with(Fixtures.as(company.employee())).with(csrf())).andExpect(status().is3xxRedirection());
		// the colleague is not the reviewer
		mvc.perform(post("/okr/objectives/" + id + "/approve").param("version", version(id))
			.with(Fixtures.as(company.colleague())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/okr/objectives/" + id + "/approve").param("version", version(id)).param("note", "Good plan")
			.with(Fixtures.as(company.manager())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id));
		assertThat(reviewState(id)).isEqualTo("APPROVED");
		// a second approval (from a page loaded earlier) says what happened instead of failing
		assertThat(page(post("/okr/objectives/" + id + "/approve").param("version", version(id))
			.with(Fixtures.as(company.manager())).with(csrf()))).contains("data-page-error",
					"Only a submitted objective can be approved or returned.");
		String approved = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(approved).contains("data-review=\"APPROVED\"", "data-pace=", "Check in");
		String history = approved.substring(approved.indexOf("id=\"history\""));
		assertThat(history).contains("Submitted for review", "Returned to the owner", "Approved");
	}

	@Test
	void theOwnerAcceptsAReviewersSuggestionWithOneClick() throws Exception {
		UUID id = drafted(company.employee(), GoalVisibility.PUBLIC, "50", "50");
		String suggestion = "/okr/objectives/" + id + "/suggestions";
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager())))).contains(suggestion);
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.colleague())))).doesNotContain(suggestion);
		mvc.perform(post(suggestion).param("suggestion", "ADD_KEY_RESULT").param("body", "Add the user tests")
			.param("suggestedTitle", "User-test pass rate 80 % → 95 %").param("suggestedStart", "80")
			.param("suggestedTarget", "95").param("suggestedUnit", "%").with(Fixtures.as(company.colleague())).with(csrf()))
			.andExpect(status().isForbidden());
		// a suggestion without its target is refused next to the field
		String missing = page(post(suggestion).param("suggestion", "ADD_KEY_RESULT").param("body", "Add the user tests")
			.param("suggestedTitle", "User-test pass rate").param("suggestedStart", "80")
			.with(Fixtures.as(company.manager())).with(csrf()));
		assertThat(missing).containsPattern("(?s)id=\"suggested-target\".{0,300}Enter the target value");
		mvc.perform(post(suggestion).param("suggestion", "ADD_KEY_RESULT").param("body", "Add the user tests")
			.param("suggestedTitle", "User-test pass rate 80 % → 95 %").param("suggestedStart", "80")
			.param("suggestedTarget", "95").param("suggestedUnit", "%").with(Fixtures.as(company.manager())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#discussion"));

		UUID comment = jdbc.sql("select id from okr_comment where tenant_id = :t and objective_id = :o")
			.param("t", company.id()).param("o", id).query(UUID.class).single();
		String owners = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(owners).contains("1 open suggestion", "Suggests a key result:", "User-test pass rate 80 % → 95 %",
				"/okr/objectives/" + id + "/comments/" + comment + "/decision", "Accept", "Decline");
		// the reviewer does not decide their own suggestion
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager()))))
			.doesNotContain("/comments/" + comment + "/decision");
		mvc.perform(post("/okr/objectives/" + id + "/comments/" + comment + "/decision").param("accept", "true")
			.with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#discussion"));
		ObjectiveView after = as(company.employee(), () -> objectives.get(company.employee().principal(), id));
		assertThat(after.keyResults()).hasSize(3);
		assertThat(after.keyResults().get(2).title()).isEqualTo("User-test pass rate 80 % → 95 %");
		assertThat(after.weightSum()).isEqualByComparingTo("100");
		String page = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(page).contains("Accepted", "Suggestion accepted").doesNotContain("open suggestion");
		// deciding twice says why it is refused
		assertThat(page(post("/okr/objectives/" + id + "/comments/" + comment + "/decision").param("accept", "false")
			.with(Fixtures.as(company.employee())).with(csrf()))).contains("data-page-error",
					"This suggestion has already been accepted or declined.");
	}

	@Test
	void aCheckInThroughTheFormMovesTheProgressShown() throws Exception {
		UUID id = approved(company.employee(), "50", "50");
		UUID responseTime = keyResult(id, 0);
		String before = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(progressOf(before, responseTime)).isEqualTo("0 %");
		assertThat(before).contains("/okr/key-results/" + responseTime + "/check-ins");
		// colleagues read the page but do not check in for someone else
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.colleague()))))
			.doesNotContain("/okr/key-results/" + responseTime + "/check-ins");
		mvc.perform(post("/okr/key-results/" + responseTime + "/check-ins").param("value", "680").param("confidence", "8")
			.with(Fixtures.as(company.colleague())).with(csrf())).andExpect(status().isForbidden());

		// a check-in without confidence comes back with the story kept
		String refused = page(post("/okr/key-results/" + responseTime + "/check-ins").param("value", "680")
			.param("narrative", "Caching landed in production").with(Fixtures.as(company.employee())).with(csrf()));
		assertThat(refused).contains("Confidence is a whole number from 0", "Caching landed in production");
		assertThat(refused).contains("id=\"check-in-" + responseTime + "\" open=\"open\"");

		// 800 → 680 ms towards 640 ms: 75 %
		mvc.perform(post("/okr/key-results/" + responseTime + "/check-ins").param("value", "680").param("confidence", "8")
			.param("narrative", "Caching landed in production").with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#kr-" + responseTime))
			.andExpect(flash().attributeExists("notice"));
		String after = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(progressOf(after, responseTime)).isEqualTo("75 %");
		assertThat(after).contains("Caching landed in production", "confidence 8/10", "Check-ins (1)");
		// the objective is the weighted mean: (75 + 0) / 2
		assertThat(after).containsPattern("(?s)class=\"stat okr-overall\".{0,900}data-progress>38 %<");
		// in the manager's weekly view: Emma's progress moved; Carl has nothing approved yet
		String team = page(get("/okr/team").with(Fixtures.as(company.manager())));
		assertThat(section(team, "person-" + company.employee().employeeId())).contains("75 %",
				"Caching landed in production", "8/10");
		assertThat(section(team, "without-objectives")).contains("No approved objectives yet", "Carl Colleague");
		// falling confidence without a word is refused next to the story
		String silent = page(post("/okr/key-results/" + responseTime + "/check-ins").param("value", "690")
			.param("confidence", "4").with(Fixtures.as(company.employee())).with(csrf()));
		assertThat(silent).containsPattern("(?s)id=\"narrative-" + responseTime + "\".{0,300}Confidence fell");
	}

	@Test
	void theTeamViewPutsHelpRequestsFirstAndFlagsWhoHasNotCheckedIn() throws Exception {
		UUID emmas = approved(company.employee(), "50", "50");
		approved(company.colleague(), "50", "50");
		UUID bugs = keyResult(emmas, 1);
		mvc.perform(post("/okr/key-results/" + bugs + "/check-ins").param("value", "85").param("confidence", "6")
			.param("narrative", "Two regressions").param("helpNeeded", "A tester for two days")
			.with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String team = page(get("/okr/team").with(Fixtures.as(company.manager())));
		assertThat(team).contains("Help needed", "A tester for two days", "Two regressions",
				"id=\"person-" + company.employee().employeeId() + "\"",
				"id=\"person-" + company.colleague().employeeId() + "\"", "no earlier check-in");
		assertThat(team.indexOf("A tester for two days")).isLessThan(team.indexOf("id=\"person-"));
		// Carl has approved key results and no check-in: overdue; Emma checked in
		String carl = section(team, "person-" + company.colleague().employeeId());
		String emma = section(team, "person-" + company.employee().employeeId());
		assertThat(carl).contains("data-overdue");
		assertThat(emma).doesNotContain("data-overdue");
		assertThat(page(get("/okr/team").with(Fixtures.as(company.employee())))).contains("Nobody reports to you");
		assertThat(page(get("/okr/team").header("Accept-Language", "zh-CN").with(Fixtures.as(company.manager()))))
			.contains("团队进展", "需要支持", "未按时更新");
	}

	@Test
	void aPrivateObjectiveIsNotFoundForAColleague() throws Exception {
		UUID id = drafted(company.employee(), GoalVisibility.PRIVATE, "50", "50");
		UUID kr = keyResult(id, 0);
		mvc.perform(get("/okr/objectives/" + id).with(Fixtures.as(company.colleague()))).andExpect(status().isNotFound());
		mvc.perform(get("/okr/objectives/" + id + "/edit").with(Fixtures.as(company.colleague())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/okr/objectives/" + id + "/comments").param("body", "Hi").with(Fixtures.as(company.colleague()))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/okr/key-results/" + kr + "/check-ins").param("done", "true").param("confidence", "5")
			.with(Fixtures.as(company.colleague())).with(csrf())).andExpect(status().isNotFound());
		assertThat(page(get("/okr").with(Fixtures.as(company.colleague())))).doesNotContain(id.toString());
		// the owner and the manager chain see it
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager())))).contains("Private");
		assertThat(page(get("/okr").with(Fixtures.as(company.employee())))).contains("id=\"objective-" + id + "\"");
	}

	@Test
	void anObjectiveAlignsToACompanyObjective() throws Exception {
		UUID company = as(this.company.executive(), () -> objectives.draft(this.company.executive().principal(),
				new ObjectiveDraft(cycle.id(), OwnerType.COMPANY, null, "Be the fastest in the market", null, null, null,
						List.of(new KeyResultDraft(null, "Market share 10 % → 15 %", KeyResultType.METRIC, null,
								BigDecimal.TEN, BigDecimal.valueOf(15), "%", BigDecimal.valueOf(100))),
						null)).id());
		UUID mine = drafted(this.company.employee(), GoalVisibility.PUBLIC, "50", "50");
		String page = page(get("/okr/objectives/" + mine).with(Fixtures.as(this.company.employee())));
		assertThat(page).contains("It contributes to no other goal yet.", "value=\"" + company + "\"",
				"Be the fastest in the market", "Market share 10 % → 15 %");
		mvc.perform(post("/okr/objectives/" + mine + "/alignment").param("parentId", company.toString())
			.with(Fixtures.as(this.company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + mine + "#alignment"));
		assertThat(page(get("/okr/objectives/" + mine).with(Fixtures.as(this.company.employee()))))
			.containsPattern("(?s)data-parent>.{0,300}href=\"/okr/objectives/" + company + "\"");
		// the company objective lists what contributes to it; the company card shows under "Company and teams"
		assertThat(page(get("/okr/objectives/" + company).with(Fixtures.as(this.company.employee()))))
			.contains("Contributing to it", "href=\"/okr/objectives/" + mine + "\"");
		assertThat(section(page(get("/okr").with(Fixtures.as(this.company.employee()))), "company-and-teams"))
			.contains("Be the fastest in the market");
	}

	@Test
	void aKeyResultChangedMidCycleIsProposedAndApprovedOnThePage() throws Exception {
		UUID id = approved(company.employee(), "50", "50");
		UUID followers = keyResult(id, 1);
		String missingReason = page(post("/okr/key-results/" + followers + "/revisions")
			.param("title", "Offline-event participants +50,000").param("type", "METRIC").param("start", "0")
			.param("target", "50000").param("effectiveFrom", "2026-11-01").with(Fixtures.as(company.employee()))
			.with(csrf()));
		assertThat(missingReason).containsPattern("(?s)id=\"revision-reason-" + followers + "\".{0,300}Say why the key result changes");
		mvc.perform(post("/okr/key-results/" + followers + "/revisions").param("title", "Offline-event participants +50,000")
			.param("type", "METRIC").param("start", "0").param("target", "50000").param("unit", "people")
			.param("effectiveFrom", "2026-11-01").param("reason", "Social media growth stalled")
			.with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#kr-" + followers));
		String managers = page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager())));
		assertThat(managers).contains("data-pending-revision", "Proposed change (v2)", "Social media growth stalled",
				"/okr/key-results/" + followers + "/revisions/2/decision");
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee()))))
			.contains("Waiting for the reviewer to decide.").doesNotContain("/revisions/2/decision");
		mvc.perform(post("/okr/key-results/" + followers + "/revisions/2/decision").param("approve", "true")
			.with(Fixtures.as(company.manager())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#kr-" + followers));
		String after = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		assertThat(after).contains("Offline-event participants +50,000", "Versions (2)", "Open bugs 100 → 70")
			.doesNotContain("data-pending-revision");
	}

	@Test
	void inTheClosingPhaseOwnersScoreAndReflect() throws Exception {
		UUID id = approved(company.employee(), "50", "50");
		UUID responseTime = keyResult(id, 0);
		mvc.perform(post("/okr/key-results/" + responseTime + "/check-ins").param("value", "680").param("confidence", "8")
			.with(Fixtures.as(company.employee())).with(csrf())).andExpect(status().is3xxRedirection());
		SystemActor.runAs(company.id(), () -> cycles.movePhase(company.hr().principal(), cycle.id(), CyclePhase.CLOSING));
		String page = page(get("/okr/objectives/" + id).with(Fixtures.as(company.employee())));
		// 75 % progress suggests 0.8
		assertThat(page).contains("Suggested from progress: 0.8", "id=\"closing\"", "Carry it over into the next cycle")
			.containsPattern("<option value=\"0.8\" selected=\"selected\">0.8</option>");
		String noReason = page(post("/okr/key-results/" + responseTime + "/score").param("score", "0.9")
			.with(Fixtures.as(company.employee())).with(csrf()));
		assertThat(noReason).contains("The suggested score is 0.8");
		mvc.perform(post("/okr/key-results/" + responseTime + "/score").param("score", "0.9")
			.param("reason", "The last release beat the target in December").with(Fixtures.as(company.employee()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/okr/objectives/" + id + "/reflection").param("wentWell", "Caching")
			.param("wentBadly", "Bug backlog").param("reasons", "Too few testers").param("carryOver", "CARRY")
			.with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(redirectedUrl("/okr/objectives/" + id + "#closing"));
		ObjectiveView closed = as(company.employee(), () -> objectives.get(company.employee().principal(), id));
		assertThat(closed.keyResults().get(0).score()).isEqualByComparingTo("0.9");
		assertThat(closed.carryOver()).hasToString("CARRY");
		assertThat(page(get("/okr/objectives/" + id).with(Fixtures.as(company.manager())))).contains("Too few testers",
				"Carry it over into the next cycle");
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

	// ---------------------------------------------------------------------------------------------------------

	/** The new-objective form as sent, with a title and the given fields ("keyResults[0].title", "...", ...). */
	private MockHttpServletRequestBuilder draft(Fixtures.Person as, String title, String... fields) {
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
	private UUID drafted(Fixtures.Person owner, GoalVisibility visibility, String first, String second)
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
	private UUID approved(Fixtures.Person owner, String first, String second) throws Exception {
		UUID id = drafted(owner, GoalVisibility.PUBLIC, first, second);
		SystemActor.runAs(company.id(), () -> {
			objectives.submit(owner.principal(), id, null);
			return objectives.approve(company.manager().principal(), id, null, null);
		});
		return id;
	}

	private void setWeights(UUID id, String... weights) {
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

	private UUID keyResult(UUID objective, int index) {
		return as(company.employee(), () -> objectives.get(company.hr().principal(), objective).keyResults().get(index)
			.id());
	}

	private String version(UUID objective) {
		return String.valueOf(as(company.hr(), () -> objectives.get(company.hr().principal(), objective).version()));
	}

	private String reviewState(UUID objective) {
		return jdbc.sql("select review_state from okr_objective where tenant_id = :t and goal_id = :o")
			.param("t", company.id()).param("o", objective).query(String.class).single();
	}

	private <T> T as(Fixtures.Person person, java.util.function.Supplier<T> action) {
		return SystemActor.runAs(person.tenantId(), action::get);
	}

	/** The progress shown in a key result's row of the key-results table. */
	private static String progressOf(String html, UUID keyResult) {
		Matcher matcher = Pattern.compile("(?s)data-kr=\"" + keyResult + "\".*?data-progress>([^<]+)<").matcher(html);
		assertThat(matcher.find()).as("progress of " + keyResult).isTrue();
		return matcher.group(1).strip();
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		if (!matcher.find()) {
			matcher = Pattern.compile("id=\"" + name + "\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
			assertThat(matcher.find()).as("hidden " + name).isTrue();
		}
		return matcher.group(1);
	}

	/** The HTML of the element with this id up to the next section. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		int end = html.indexOf("<section", start + 1);
		return end < 0 ? html.substring(start) : html.substring(start, end);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
