package io.lodestar.okr.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.Retrospective;
import io.lodestar.okr.Retrospectives;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;

/**
 * The retrospective report of a cycle for the company, an org unit or a person, as a page and as .xlsx and PDF
 * downloads. All three are built by {@link Retrospectives} for the signed-in reader, so each shows exactly the
 * objectives that reader may see.
 */
@Controller
class RetrospectiveController {

	static final String SIGNED_IN = "isAuthenticated()";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Retrospectives retrospectives;

	private final OkrCycles cycles;

	private final PeopleDirectory people;

	private final OrgUnitManagement units;

	private final RetrospectiveCharts charts;

	private final RetrospectiveWorkbook workbook;

	private final RetrospectivePdf pdf;

	RetrospectiveController(Retrospectives retrospectives, OkrCycles cycles, PeopleDirectory people,
			OrgUnitManagement units, RetrospectiveCharts charts, RetrospectiveWorkbook workbook, RetrospectivePdf pdf) {
		this.retrospectives = retrospectives;
		this.cycles = cycles;
		this.people = people;
		this.units = units;
		this.charts = charts;
		this.workbook = workbook;
		this.pdf = pdf;
	}

	/** The retrospective of the cycle people work in now (or the latest one). */
	@GetMapping("/okr/retrospective")
	@PreAuthorize(SIGNED_IN)
	String current(@AuthenticationPrincipal CurrentUser user, Model model) {
		return cycles.current(user.tenant())
			.map(cycle -> "redirect:/okr/cycles/" + cycle.id() + "/retrospective")
			.orElseGet(() -> {
				model.addAttribute("hr", user.has(io.lodestar.platform.security.Role.HR_ADMIN));
				return "okr-retro/no-cycle";
			});
	}

	@GetMapping("/okr/cycles/{id}/retrospective")
	@PreAuthorize(SIGNED_IN)
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String scope, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) UUID person, Model model) {
		Retrospective report = build(user, id, scope, unit, person);
		Map<UUID, String> progressCharts = new LinkedHashMap<>();
		Map<UUID, String> confidenceCharts = new LinkedHashMap<>();
		for (Retrospective.Objective objective : report.objectives()) {
			progressCharts.put(objective.objective().id(), charts.progress(report.cycle(), objective));
			confidenceCharts.put(objective.objective().id(), charts.confidence(report.cycle(), objective));
		}
		model.addAttribute("report", report);
		model.addAttribute("progressCharts", progressCharts);
		model.addAttribute("confidenceCharts", confidenceCharts);
		model.addAttribute("cycles", cycles.list(user.tenant()));
		model.addAttribute("unitChoices", units.tree(user).stream().flatMap(root -> root.flatten().stream())
			.map(node -> new Choice(node.id(), node.name())).toList());
		model.addAttribute("personChoices", people.activeEmployees(user.tenant(), null, null).stream()
			.sorted(Comparator.comparing(EmployeeSummary::name))
			.map(employee -> new Choice(employee.id(), employee.name() + " · " + employee.employeeNo()))
			.toList());
		String query = query(report);
		model.addAttribute("xlsxUrl", "/okr/cycles/" + id + "/retrospective.xlsx?" + query);
		model.addAttribute("pdfUrl", "/okr/cycles/" + id + "/retrospective.pdf?" + query);
		return "okr-retro/retrospective";
	}

	/** The scope form: cycle, scope, unit and person chosen on the page (the hidden ones are not sent). */
	@GetMapping("/okr/retrospective/select")
	@PreAuthorize(SIGNED_IN)
	String select(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID cycle,
			@RequestParam(required = false) String scope, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) UUID person) {
		OkrCycle chosen = cycles.get(user.tenant(), cycle);
		String asked = scope == null ? "company" : scope;
		StringBuilder target = new StringBuilder("redirect:/okr/cycles/" + chosen.id() + "/retrospective?scope=");
		target.append(scopes().contains(asked) ? asked : "company");
		if (asked.equals("unit") && unit != null) {
			target.append("&unit=").append(unit);
		}
		if (asked.equals("person") && person != null) {
			target.append("&person=").append(person);
		}
		return target.toString();
	}

	@GetMapping("/okr/cycles/{id}/retrospective.xlsx")
	@PreAuthorize(SIGNED_IN)
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String scope, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) UUID person, Locale locale) {
		Retrospective report = build(user, id, scope, unit, person);
		return download(workbook.write(report, locale), workbook.fileName(report, locale) + ".xlsx", XLSX);
	}

	@GetMapping("/okr/cycles/{id}/retrospective.pdf")
	@PreAuthorize(SIGNED_IN)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String scope, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) UUID person, Locale locale) {
		Retrospective report = build(user, id, scope, unit, person);
		return download(pdf.write(report, locale, cycles.today(user.tenant())),
				workbook.fileName(report, locale) + ".pdf", MediaType.APPLICATION_PDF);
	}

	/**
	 * The scope asked for: {@code scope=person} (default: the reader), {@code scope=unit} (default: the reader's
	 * unit), else the company. A unit or person given without a scope selects it.
	 */
	private Retrospective build(CurrentUser user, UUID cycleId, String scope, UUID unit, UUID person) {
		OkrCycle cycle = cycles.get(user.tenant(), cycleId);
		String asked = scope == null ? (person != null ? "person" : unit != null ? "unit" : "company")
				: scope.strip().toLowerCase(Locale.ROOT);
		if (asked.equals("person")) {
			UUID who = person != null ? person : user.employeeId();
			if (who != null) {
				return retrospectives.person(user, cycle.id(), who);
			}
		}
		if (asked.equals("unit")) {
			UUID which = unit != null ? unit
					: user.employeeId() == null ? null
							: people.employee(user.tenant(), user.employeeId()).map(EmployeeSummary::orgUnitId).orElse(null);
			if (which != null) {
				return retrospectives.unit(user, cycle.id(), which);
			}
		}
		return retrospectives.company(user, cycle.id());
	}

	/** The query string that selects the same report (for the download links). */
	static String query(Retrospective report) {
		String query = "scope=" + report.scope().name().toLowerCase(Locale.ROOT);
		return switch (report.scope()) {
			case UNIT -> query + "&unit=" + report.scopeId();
			case PERSON -> query + "&person=" + report.scopeId();
			case COMPANY -> query;
		};
	}

	/** A file download that is never cached (it holds people's results) and keeps a Chinese file name. */
	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.ok().headers(headers).body(content);
	}

	record Choice(UUID id, String name) {
	}

	static List<String> scopes() {
		return List.of("company", "unit", "person");
	}

}
