package io.lodestar.okr.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalOwners;
import io.lodestar.goals.OwnerType;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.ReviewState;
import io.lodestar.okr.TeamCheckIns;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * The OKR home of a cycle (my objectives, my team's, the company's and the units') and the manager's weekly
 * team check-in view. Without a cycle both say that HR creates cycles.
 */
@Controller
class OkrHomeController {

	private final OkrCycles cycles;

	private final Objectives objectives;

	private final TeamCheckIns team;

	private final GoalAccess access;

	private final GoalOwners owners;

	private final OkrWording wording;

	OkrHomeController(OkrCycles cycles, Objectives objectives, TeamCheckIns team, GoalAccess access,
			GoalOwners owners, OkrWording wording) {
		this.cycles = cycles;
		this.objectives = objectives;
		this.team = team;
		this.access = access;
		this.owners = owners;
		this.wording = wording;
	}

	/** One help request for the top of the team view. */
	record Help(String name, TeamCheckIns.Line line) {
	}

	@GetMapping("/okr")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID cycle, Model model) {
		OkrCycle chosen = select(user, cycle, model);
		if (chosen == null) {
			return "okr/home";
		}
		GoalAccess.Scope scope = access.scopeOf(user);
		model.addAttribute("mine", user.employeeId() == null ? null
				: objectives.list(user, chosen.id(), OwnerType.EMPLOYEE, user.employeeId()));
		Set<UUID> reports = scope.reports();
		List<ObjectiveView> teams = reports.isEmpty() ? null
				: objectives.list(user, chosen.id(), OwnerType.EMPLOYEE, null)
					.stream()
					.filter(objective -> reports.contains(objective.ownerId()))
					// waiting for my review first, then by person
					.sorted(Comparator.comparing((ObjectiveView objective) -> !objective.can().review())
						.thenComparing(objective -> objective.ownerName() == null ? "" : objective.ownerName()))
					.toList();
		model.addAttribute("team", teams);
		model.addAttribute("waitingForMe", teams == null ? 0
				: teams.stream().filter(objective -> objective.can().review()).count());
		List<ObjectiveView> shared = new ArrayList<>(objectives.list(user, chosen.id(), OwnerType.COMPANY, null));
		shared.addAll(objectives.list(user, chosen.id(), OwnerType.ORG_UNIT, null)
			.stream()
			.sorted(Comparator.comparing(objective -> objective.ownerName() == null ? "" : objective.ownerName()))
			.toList());
		model.addAttribute("shared", shared);
		model.addAttribute("canDraft", chosen.acceptsDrafts() && (user.employeeId() != null
				|| !owners.units(user).isEmpty() || scope.canManage(OwnerType.COMPANY, null)));
		model.addAttribute("isManager", !reports.isEmpty());
		return "okr/home";
	}

	@GetMapping("/okr/team")
	@PreAuthorize("isAuthenticated()")
	String team(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID cycle, Model model) {
		OkrCycle chosen = select(user, cycle, model);
		if (chosen == null) {
			return "okr/team";
		}
		List<TeamCheckIns.Person> people = team.of(user, chosen.id());
		List<Help> help = new ArrayList<>();
		for (TeamCheckIns.Person person : people) {
			person.helpRequests().forEach(line -> help.add(new Help(person.name(), line)));
		}
		model.addAttribute("people", people);
		model.addAttribute("withKeyResults", people.stream().filter(person -> !person.keyResults().isEmpty()).toList());
		model.addAttribute("without", people.stream().filter(person -> person.keyResults().isEmpty()).toList());
		model.addAttribute("help", help);
		model.addAttribute("overdue", people.stream().filter(TeamCheckIns.Person::overdue).count());
		return "okr/team";
	}

	/** The chosen cycle (else the current one) and the cycle switcher; null when the company has no cycle. */
	private OkrCycle select(CurrentUser user, UUID cycle, Model model) {
		List<OkrCycle> all = cycles.list(user.tenant());
		OkrCycle chosen = cycle != null ? cycles.get(user.tenant(), cycle) : cycles.current(user.tenant()).orElse(null);
		model.addAttribute("cycles", all);
		model.addAttribute("cycle", chosen);
		model.addAttribute("isHr", user.has(Role.HR_ADMIN));
		model.addAttribute("wording", wording);
		model.addAttribute("today", cycles.today(user.tenant()));
		return chosen;
	}

}
