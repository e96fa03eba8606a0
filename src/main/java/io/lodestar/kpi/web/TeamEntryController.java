package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.lodestar.kpi.BatchRejectedException;
import io.lodestar.kpi.ItemProblem;
import io.lodestar.kpi.KpiValues;
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.kpi.TeamEntry;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.Notices;

/**
 * The team entry grid for managers and HR: one row per KPI they may record for in a month, with the current
 * value and a field for the new one; everything typed is recorded at once, or nothing if any value is bad
 * (the reasons appear next to their rows). Rows stack into cards on phones.
 */
@Controller
class TeamEntryController {

	static final String ENTERERS = "hasAnyRole('MANAGER', 'HR_ADMIN', 'EXECUTIVE')";

	private final TeamEntry entry;

	private final Choices choices;

	private final Messages messages;

	TeamEntryController(TeamEntry entry, Choices choices, Messages messages) {
		this.entry = entry;
		this.choices = choices;
		this.messages = messages;
	}

	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(TeamEntry.LIMIT + 1);
	}

	@GetMapping("/kpis/entry")
	@PreAuthorize(ENTERERS)
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) UUID unit, Model model) {
		YearMonth month = month(user, period);
		EntryForm form = new EntryForm();
		form.setPeriod(month.toString());
		form.setUnit(unit);
		form.setToken(UUID.randomUUID().toString());
		return render(user, month, form, Map.of(), List.of(), model);
	}

	@PostMapping("/kpis/entry")
	@PreAuthorize(ENTERERS)
	String record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") EntryForm form, Model model,
			RedirectAttributes redirect) {
		YearMonth month = month(user, form.getPeriod());
		Map<UUID, String> errors = new HashMap<>();
		List<String> general = new ArrayList<>();
		List<TeamEntry.Entry> entries = new ArrayList<>();
		for (EntryForm.Row row : form.getRows()) {
			if (row.getKpiId() == null || row.getValue() == null || row.getValue().isBlank()) {
				continue;
			}
			BigDecimal value = KpiValues.number(row.getValue()).orElse(null);
			if (value == null) {
				errors.put(row.getKpiId(), messages.get("kpi.entry.value.number"));
			}
			entries.add(new TeamEntry.Entry(row.getKpiId(), value));
		}
		if (entries.isEmpty()) {
			general.add(messages.get("kpi.entry.nothing"));
		}
		if (errors.isEmpty() && general.isEmpty()) {
			try {
				RecordedBatch recorded = entry.record(user, month, entries, form.getToken());
				Notices.add(redirect, "kpi.entry.saved", recorded.recorded().size(), recorded.duplicates());
				redirect.addAttribute("period", month.toString());
				if (form.getUnit() != null) {
					redirect.addAttribute("unit", form.getUnit());
				}
				return "redirect:/kpis/entry";
			}
			catch (BatchRejectedException rejected) {
				for (ItemProblem problem : rejected.problems()) {
					String text = messages.get(problem.code(), problem.arguments().toArray());
					UUID kpi = entries.get(problem.index()).kpiId();
					errors.merge(kpi, text, (first, second) -> first + " " + second);
				}
			}
			catch (BusinessRuleException violation) {
				general.add(messages.get(violation.code(), violation.arguments()));
			}
		}
		Map<UUID, String> typed = new LinkedHashMap<>();
		form.getRows().stream().filter(row -> row.getKpiId() != null)
			.forEach(row -> typed.put(row.getKpiId(), row.getValue()));
		return render(user, month, form, typed, general, errors, model);
	}

	private String render(CurrentUser user, YearMonth month, EntryForm form, Map<UUID, String> typed,
			List<String> general, Model model) {
		return render(user, month, form, typed, general, Map.of(), model);
	}

	private String render(CurrentUser user, YearMonth month, EntryForm form, Map<UUID, String> typed,
			List<String> messagesAbove, Map<UUID, String> errors, Model model) {
		List<String> general = new ArrayList<>(messagesAbove);
		TeamEntry.Grid grid = entry.grid(user, month, form.getUnit());
		List<EntryForm.Row> rows = new ArrayList<>();
		grid.rows().forEach(row -> rows.add(new EntryForm.Row(row.kpiId(), typed.get(row.kpiId()))));
		form.setRows(rows);
		// an error about a KPI no longer in the grid still has to be seen
		errors.forEach((kpi, text) -> {
			if (grid.rows().stream().noneMatch(row -> row.kpiId().equals(kpi))) {
				general.add(text);
			}
		});
		model.addAttribute("form", form);
		model.addAttribute("grid", grid);
		model.addAttribute("errors", errors);
		model.addAttribute("general", general);
		model.addAttribute("months", entry.months(user));
		model.addAttribute("units", choices.units(user));
		model.addAttribute("targets", grid.rows().stream()
			.collect(java.util.stream.Collectors.toMap(TeamEntry.Row::kpiId, row -> Texts.target(row.config()))));
		model.addAttribute("periodLabels", grid.rows().stream()
			.collect(java.util.stream.Collectors.toMap(TeamEntry.Row::kpiId, row -> choices.label(row.measurementPeriod()))));
		return "kpi/entry";
	}

	private YearMonth month(CurrentUser user, String period) {
		if (period == null || period.isBlank()) {
			return entry.currentMonth(user);
		}
		try {
			return YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new NotFoundException("period", period);
		}
	}

}
