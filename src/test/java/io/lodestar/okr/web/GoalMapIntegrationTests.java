package io.lodestar.okr.web;

import static io.lodestar.okr.web.OkrApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The goal map: company and personal objectives in one tree by their alignment, with status; a person search
 * marks their goals; "where my work lands" traces a person's objective up to the company; private objectives
 * stay off the map of those who may not see them; without a cycle the page says what to do.
 */
@IntegrationTest
class GoalMapIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void showsTheTreeTracesMyWorkAndFindsPeople() throws Exception {
		OkrApi api = new OkrApi(mvc, fixtures);
		Document empty = page(api.company.employee(), "/okr/map");
		assertThat(empty.select("[data-no-cycle]")).hasSize(1);

		String cycle = api.quarter("2026 Q4", "2026-10-01");
		String company = read(api.send(post("/api/v1/okr/objectives"), api.executive, """
				{"cycleId": "%s", "ownerType": "COMPANY", "title": "Raise user satisfaction 30 %%",
				 "keyResults": [{"title": "Survey score 4.2 → 4.8", "type": "METRIC", "start": 4.2, "target": 4.8,
				   "weight": 100}]}""".formatted(cycle)).andExpect(status().isCreated()), "$.id");
		String mine = api.rdObjective(cycle);
		api.send(put("/api/v1/okr/objectives/" + mine + "/alignment"), api.employee,
				"{\"parentId\": \"" + company + "\", \"weight\": 1}")
			.andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives"), api.colleague, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "Carl's private plan",
				 "visibility": "PRIVATE", "keyResults": [{"title": "Done", "type": "MILESTONE", "weight": 100}]}"""
			.formatted(cycle, api.company.colleague().employeeId())).andExpect(status().isCreated());

		Document map = page(api.company.employee(), "/okr/map?cycle=" + cycle);
		// the employee's objective hangs below the company's
		assertThat(map.select("#map-" + company + " #map-" + mine)).hasSize(1);
		assertThat(map.text()).doesNotContain("Carl's private plan");
		assertThat(map.select("[data-trace] li").text()).contains("Optimise product performance", "→",
				"Raise user satisfaction 30 %");
		// drafts have no status yet; once approved and checked in, they do
		assertThat(map.select(".goal-map .badge").eachText()).doesNotContain("On track", "At risk", "Off track");
		String krs = OkrApi.body(api.get("/api/v1/okr/objectives/" + mine, api.employee));
		api.send(put("/api/v1/okr/objectives/" + mine), api.employee, editedWeights(cycle, api, krs));
		api.send(post("/api/v1/okr/objectives/" + mine + "/submit"), api.employee, "{}").andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives/" + mine + "/approve"), api.manager, "{}").andExpect(status().isOk());
		String speed = com.jayway.jsonpath.JsonPath.read(krs, "$.keyResults[0].id");
		api.send(post("/api/v1/okr/key-results/" + speed + "/check-ins"), api.employee,
				"{\"value\": 640, \"confidence\": 9}").andExpect(status().isCreated());
		assertThat(page(api.company.employee(), "/okr/map?cycle=" + cycle).select("#map-" + speed + " .badge").eachText())
			.contains("On track");

		Document searched = page(api.company.manager(), "/okr/map?cycle=" + cycle + "&q=emma");
		assertThat(searched.select(".goal-node.marked").eachAttr("id")).contains("map-" + mine);
		assertThat(searched.select("#map-" + company).attr("open")).isNotNull();
		// the manager sees the private objective of their report
		assertThat(searched.text()).contains("Carl's private plan");
	}

	/** The drafted key results with weights 50 + 50, so the objective can be submitted. */
	private static String editedWeights(String cycle, OkrApi api, String objective) {
		java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(objective, "$.keyResults[*].id");
		return """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "Optimise product performance",
				 "keyResults": [
				   {"id": "%s", "title": "Response time 800 ms → 640 ms", "type": "METRIC", "start": 800, "target": 640, "weight": 50},
				   {"id": "%s", "title": "Open bugs 100 → 70", "type": "METRIC", "start": 100, "target": 70, "weight": 50}]}"""
			.formatted(cycle, api.company.employee().employeeId(), ids.get(0), ids.get(1));
	}

	private Document page(Fixtures.Person person, String path) throws Exception {
		String html = mvc.perform(get(path).with(Fixtures.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
