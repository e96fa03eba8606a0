package io.lodestar.okr.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.okr.Cadence;
import io.lodestar.okr.CyclePhase;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.UnitMode;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Notices;

/**
 * HR's OKR administration: cycles (create, change, move between drafting, active and closing, close, reopen
 * with a reason) and which org units work with KPIs, OKRs or both. Every handler loads the cycle first, so
 * another company's id is "not found" before any input is looked at.
 */
@Controller
class OkrCycleAdminController {

	static final String HR = "hasRole('HR_ADMIN')";

	private final OkrCycles cycles;

	private final OkrClosing closing;

	private final OrgUnitManagement units;

	OkrCycleAdminController(OkrCycles cycles, OkrClosing closing, OrgUnitManagement units) {
		this.cycles = cycles;
		this.closing = closing;
		this.units = units;
	}

	@GetMapping("/admin/okr/cycles")
	@PreAuthorize(HR)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("cycles", cycles.list(user.tenant()));
		model.addAttribute("today", cycles.today(user.tenant()));
		return "okr-admin/cycles";
	}

	@GetMapping("/admin/okr/cycles/new")
	@PreAuthorize(HR)
	String newCycle(Model model) {
		model.addAttribute("form", CycleForm.empty());
		return formPage(null, model);
	}

	@PostMapping("/admin/okr/cycles")
	@PreAuthorize(HR)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CycleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OkrCycle created = cycles.create(user, form.toNewCycle());
				Notices.add(redirect, "okr-admin.cycle.created", created.name());
				return "redirect:/admin/okr/cycles/" + created.id();
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		return formPage(null, model);
	}

	@GetMapping("/admin/okr/cycles/{id}")
	@PreAuthorize(HR)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		OkrCycle cycle = cycles.get(user.tenant(), id);
		model.addAttribute("form", CycleForm.of(cycle));
		return formPage(cycle, model);
	}

	@PostMapping("/admin/okr/cycles/{id}")
	@PreAuthorize(HR)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OkrCycle cycle = cycles.get(user.tenant(), id);
		if (!result.hasErrors()) {
			try {
				OkrCycle saved = cycles.update(user, id, form.toNewCycle());
				Notices.add(redirect, "okr-admin.cycle.saved", saved.name());
				return "redirect:/admin/okr/cycles/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (OptimisticLockingFailureException concurrentChange) {
				result.reject("okr-admin.cycle.changed-meanwhile");
			}
		}
		return formPage(cycle, model);
	}

	@PostMapping("/admin/okr/cycles/{id}/phase")
	@PreAuthorize(HR)
	String phase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) CyclePhase phase, Model model, RedirectAttributes redirect) {
		OkrCycle cycle = cycles.get(user.tenant(), id);
		try {
			if (phase == null) {
				throw BusinessRuleException.invalid("okr-admin.phase.required", "phase");
			}
			cycles.movePhase(user, id, phase);
			Notices.add(redirect, "okr-admin.phase.moved", cycle.name());
			return "redirect:/admin/okr/cycles/" + id;
		}
		catch (BusinessRuleException violation) {
			return refused(cycle, violation, model);
		}
	}

	@PostMapping("/admin/okr/cycles/{id}/close")
	@PreAuthorize(HR)
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		OkrCycle cycle = cycles.get(user.tenant(), id);
		try {
			closing.close(user, id);
			Notices.add(redirect, "okr-admin.close.done", cycle.name());
			return "redirect:/admin/okr/cycles/" + id;
		}
		catch (BusinessRuleException violation) {
			return refused(cycle, violation, model);
		}
	}

	@PostMapping("/admin/okr/cycles/{id}/reopen")
	@PreAuthorize(HR)
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OkrCycle cycle = cycles.get(user.tenant(), id);
		if (!result.hasErrors()) {
			try {
				closing.reopen(user, id, form.reason());
				Notices.add(redirect, "okr-admin.reopen.done", cycle.name());
				return "redirect:/admin/okr/cycles/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
		}
		model.addAttribute("form", CycleForm.of(cycle));
		return formPage(cycle, model);
	}

	@GetMapping("/admin/okr/unit-modes")
	@PreAuthorize(HR)
	String modes(@AuthenticationPrincipal CurrentUser user, Model model) {
		Map<UUID, UnitMode> explicit = cycles.explicitModes(user.tenant());
		List<UnitRow> rows = new ArrayList<>();
		for (OrgUnitNode root : units.tree(user)) {
			addRows(root, 0, UnitMode.BOTH, explicit, rows);
		}
		model.addAttribute("units", rows);
		model.addAttribute("modes", UnitMode.values());
		return "okr-admin/unit-modes";
	}

	/**
	 * Saves every unit's choice at once: {@code mode-<unit id>} is KPI, OKR, BOTH or empty (inherit). Only the
	 * units whose choice changed are written (and audited).
	 */
	@PostMapping("/admin/okr/unit-modes")
	@PreAuthorize(HR)
	String saveModes(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect) {
		Map<UUID, UnitMode> explicit = cycles.explicitModes(user.tenant());
		int changed = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (!field.getKey().startsWith("mode-")) {
				continue;
			}
			UUID unit;
			UnitMode mode;
			try {
				unit = UUID.fromString(field.getKey().substring("mode-".length()));
				mode = field.getValue() == null || field.getValue().isBlank() ? null : UnitMode.valueOf(field.getValue());
			}
			catch (IllegalArgumentException notOurs) {
				continue;
			}
			if (mode != explicit.get(unit)) {
				cycles.setMode(user, unit, mode);
				changed++;
			}
		}
		Notices.add(redirect, "okr-admin.modes.saved", changed);
		return "redirect:/admin/okr/unit-modes";
	}

	/** Depth first, each unit in force with its own mode or else the nearest one above (as {@link OkrCycles#modeOf}). */
	private static void addRows(OrgUnitNode node, int depth, UnitMode inherited, Map<UUID, UnitMode> explicit,
			List<UnitRow> rows) {
		UnitMode own = explicit.get(node.id());
		UnitMode effective = own == null ? inherited : own;
		rows.add(new UnitRow(node.id(), node.code(), node.name(), depth, node.totalMembers(), own, effective));
		node.children().forEach(child -> addRows(child, depth + 1, effective, explicit, rows));
	}

	private String refused(OkrCycle cycle, BusinessRuleException violation, Model model) {
		model.addAttribute("form", CycleForm.of(cycle));
		model.addAttribute("actionError", new Notices.Notice(violation.code(), violation.arguments()));
		return formPage(cycle, model);
	}

	private String formPage(OkrCycle cycle, Model model) {
		model.addAttribute("cycle", cycle);
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("phases", List.of(CyclePhase.DRAFTING, CyclePhase.ACTIVE, CyclePhase.CLOSING));
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReopenForm(null));
		}
		return "okr-admin/cycle";
	}

	/** An org unit in the modes table: its own mode (null: inherits) and the one in force. */
	record UnitRow(UUID id, String code, String name, int depth, long members, UnitMode own, UnitMode effective) {
	}

}
