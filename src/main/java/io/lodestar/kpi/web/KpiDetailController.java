package io.lodestar.kpi.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.BatchRejectedException;
import io.lodestar.kpi.Explained;
import io.lodestar.kpi.ItemProblem;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.MeasurementView;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.Notices;

/**
 * A KPI's page: its definition in words, where it lands, its results per measurement period with a trend
 * chart, and "explain" for any period (formula, inputs, substituted expression, the measurements behind it
 * with source and author, corrections shown next to what they replaced). Those allowed record and correct
 * actuals here.
 */
@Controller
class KpiDetailController {

	private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final KpiManagement kpis;

	private final GoalManagement goals;

	private final Measurements measurements;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final KpiWording wording;

	KpiDetailController(KpiManagement kpis, GoalManagement goals, Measurements measurements, PeriodCalendar calendar,
			CompanyManagement companies, KpiWording wording) {
		this.kpis = kpis;
		this.goals = goals;
		this.measurements = measurements;
		this.calendar = calendar;
		this.companies = companies;
		this.wording = wording;
	}

	@GetMapping("/kpis/{id}")
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID period, Model model) {
		KpiDetail kpi = kpis.get(user, id);
		model.addAttribute("recordForm", new MeasurementForm(null, defaultDate(user, kpi), null, false, null));
		model.addAttribute("correctForm", new CorrectionForm(null, null, null, false));
		return page(user, kpi, period, model);
	}

	/** The explanation of one period, for htmx; without htmx the whole page with that period explained. */
	@GetMapping("/kpis/{id}/explain")
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	String explain(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID period, Model model, HttpServletRequest request) {
		KpiDetail kpi = kpis.get(user, id);
		if (request.getHeader("HX-Request") == null) {
			return "redirect:/kpis/" + id + (period == null ? "" : "?period=" + period) + "#explain";
		}
		model.addAttribute("correctForm", new CorrectionForm(null, null, null, false));
		page(user, kpi, period, model);
		return "kpi/explain :: explain";
	}

	@PostMapping("/kpis/{id}/measurements")
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("recordForm") MeasurementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KpiDetail kpi = recordable(user, id);
		if (!result.hasErrors()) {
			try {
				measurements.record(user, MeasurementSource.MANUAL, List.of(new NewMeasurement(id, form.value(),
						form.measuredOn(), form.sourceRef(), null, form.reason(), Boolean.TRUE.equals(form.lockOverride()))), false);
				Notices.add(redirect, "kpi.record.saved", wording.value(form.value(), kpi.config().unit()),
						form.measuredOn().toString());
				return "redirect:/kpis/" + id;
			}
			catch (BatchRejectedException rejected) {
				reject(result, rejected, List.of("value", "measuredOn", "sourceRef", "reason", "lockOverride"));
			}
		}
		model.addAttribute("correctForm", new CorrectionForm(null, null, null, false));
		return page(user, kpi, null, model);
	}

	@PostMapping("/kpis/{id}/corrections")
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("correctForm") CorrectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KpiDetail kpi = recordable(user, id);
		if (!result.hasErrors()) {
			// only a measurement of this KPI, found through the KPI the user may read
			MeasurementView original = kpis.measurements(user, id)
				.stream()
				.filter(measurement -> measurement.id().equals(form.measurementId()))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("measurement", form.measurementId()));
			try {
				measurements.correct(user, original.id(), form.value(), form.reason(),
						Boolean.TRUE.equals(form.lockOverride()));
				Notices.add(redirect, "kpi.record.corrected", wording.value(original.value(), kpi.config().unit()),
						wording.value(form.value(), kpi.config().unit()));
				return "redirect:/kpis/" + id;
			}
			catch (BusinessRuleException violation) {
				FormErrors.reject(result, violation);
			}
			catch (BatchRejectedException rejected) {
				reject(result, rejected, List.of("value", "reason", "lockOverride"));
			}
		}
		model.addAttribute("recordForm", new MeasurementForm(null, defaultDate(user, kpi), null, false, null));
		model.addAttribute("correctFor", form.measurementId());
		return page(user, kpi, null, model);
	}

	/** The KPI if the user records its actuals: 404 when they may not see it, 403 when they see but do not record it. */
	private KpiDetail recordable(CurrentUser user, UUID id) {
		KpiDetail kpi = kpis.get(user, id);
		if (!kpi.recordable()) {
			throw new AccessDeniedException("record actuals of this KPI");
		}
		return kpi;
	}

	/** Each refused item's problem next to its field, or at the top of the form. */
	private static void reject(BindingResult result, BatchRejectedException rejected, List<String> fields) {
		for (ItemProblem problem : rejected.problems()) {
			Object[] arguments = problem.arguments().toArray();
			if (problem.field() != null && fields.contains(problem.field())) {
				result.rejectValue(problem.field(), problem.code(), arguments, problem.code());
			}
			else {
				result.reject(problem.code(), arguments, problem.code());
			}
		}
	}

	private String page(CurrentUser user, KpiDetail kpi, UUID periodId, Model model) {
		UUID id = kpi.goal().id();
		Explained explained = kpis.explain(user, kpi, periodId);
		ZoneId zone = companies.zoneOf(user.tenant());
		Map<UUID, MeasurementView> corrections = new HashMap<>();
		explained.measurements()
			.stream()
			.filter(measurement -> measurement.correctsId() != null)
			.forEach(correction -> corrections.put(correction.correctsId(), correction));
		List<MeasurementRow> rows = explained.measurements()
			.stream()
			.map(measurement -> new MeasurementRow(measurement,
					RECORDED_AT.format(measurement.recordedAt().atZone(zone)), corrections.get(measurement.id())))
			.toList();
		model.addAttribute("kpi", kpi);
		model.addAttribute("definition", wording.describe(kpi.config()));
		model.addAttribute("wording", wording);
		List<io.lodestar.goals.GoalView> landing = new java.util.ArrayList<>(goals.ancestry(user, id));
		java.util.Collections.reverse(landing);
		model.addAttribute("landing", landing);
		model.addAttribute("explained", explained);
		model.addAttribute("measurementRows", rows);
		model.addAttribute("canOverride", user.has(Role.HR_ADMIN));
		model.addAttribute("canConfigure", kpi.goal().manageable());
		return "kpi/detail";
	}

	/** Today if it lies in the KPI's period, else the period's last day (a past year's KPI). */
	private LocalDate defaultDate(CurrentUser user, KpiDetail kpi) {
		Period own = kpi.goal().period();
		LocalDate today = calendar.today(user.tenant());
		if (own.contains(today)) {
			return today;
		}
		return today.isAfter(own.endsOn()) ? own.endsOn() : null;
	}

	/**
	 * A measurement as the explain table shows it.
	 *
	 * @param correction the measurement that replaced this one, if any
	 */
	record MeasurementRow(MeasurementView measurement, String recordedAt, MeasurementView correction) {
	}

}
