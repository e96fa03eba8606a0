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
 * Working with an objective on its page: the manager returns and approves, a suggestion accepted with one
 * click, check-ins moving the progress shown, the team's weekly view, private objectives, alignment, a key
 * result changed mid-cycle, and scoring and reflection at close.
 */
@IntegrationTest
class OkrReviewPagesIntegrationTests extends OkrPagesTestBase {

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

}
