package io.lodestar.okr.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.okr.GoalMap;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;

/** The goal map of a cycle: OKRs and KPIs as one tree, a person search, and where the reader's work lands. */
@Controller
class GoalMapController {

	private final GoalMap map;

	private final OkrCycles cycles;

	GoalMapController(GoalMap map, OkrCycles cycles) {
		this.map = map;
		this.cycles = cycles;
	}

	@GetMapping("/okr/map")
	@PreAuthorize("isAuthenticated()")
	String map(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID cycle,
			@RequestParam(required = false) UUID person, @RequestParam(required = false) String q, Model model) {
		OkrCycle selected = cycle == null ? cycles.current(user.tenant()).orElse(null)
				: cycles.find(user.tenant(), cycle).orElseThrow(() -> new NotFoundException("okr_cycle", cycle));
		model.addAttribute("cycles", cycles.list(user.tenant()));
		model.addAttribute("cycle", selected);
		model.addAttribute("q", q);
		model.addAttribute("person", person);
		if (selected != null) {
			model.addAttribute("map", map.of(user, selected, person, q));
		}
		return "okr-map/map";
	}

}
