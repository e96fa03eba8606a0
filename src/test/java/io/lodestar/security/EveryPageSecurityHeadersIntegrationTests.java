package io.lodestar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.lodestar.engagement.EngagementScenario;
import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.NewFeedback;
import io.lodestar.engagement.NewSupportRequest;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Every page (each GET mapping outside the API, found in the handler mappings, with its ids filled from one
 * company's own data) answers with the security headers: a CSP without inline script and with
 * frame-ancestors 'none', nosniff, no framing, a same-origin referrer policy, and {@code Cache-Control: no-store}
 * (pages and downloads carry personal data). Refusals and not-found pages are checked too. Rendered HTML has no
 * inline script or event-handler attributes, whatever a template builds at run time.
 */
@IntegrationTest
class EveryPageSecurityHeadersIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		var company = fixtures.company();
		Map<String, UUID> ids = idsOf(company);
		var admin = fixtures.systemAdministrator(company);
		List<String> missing = new ArrayList<>();
		Set<String> pages = new TreeSet<>();
		int html = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			if (!entry.getValue().getBeanType().getPackageName().startsWith("io.lodestar")
					|| !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/iclock")) {
					continue;
				}
				String path = fill(pattern, ids);
				MockHttpServletResponse response = mvc.perform(get(path).with(Fixtures.as(company.hr())))
					.andReturn()
					.getResponse();
				if (response.getStatus() == 403) {
					response = mvc.perform(get(path).with(Fixtures.as(admin))).andReturn().getResponse();
				}
				pages.add(pattern);
				html += check(pattern + " (" + response.getStatus() + ")", response, missing);
			}
		}
		for (String anonymous : List.of("/login", "/error", "/people")) {
			check(anonymous + " anonymous", mvc.perform(get(anonymous)).andReturn().getResponse(), missing);
		}
		assertThat(missing).as("responses without their security headers").isEmpty();
		assertThat(pages).as("pages walked").hasSizeGreaterThan(100);
		assertThat(html).as("pages that rendered HTML").isGreaterThan(80);
	}

	/** Adds what is missing to {@code missing}; returns 1 when the response was an HTML page. */
	private static int check(String what, MockHttpServletResponse response, List<String> missing) throws Exception {
		String csp = response.getHeader("Content-Security-Policy");
		String scriptSources = csp == null ? "" : csp.replaceAll(".*script-src([^;]*).*", "$1");
		if (csp == null || !csp.contains("frame-ancestors 'none'") || !scriptSources.contains("'self'")
				|| scriptSources.contains("unsafe")) {
			missing.add(what + ": Content-Security-Policy " + csp);
		}
		expect(what, response, "X-Content-Type-Options", "nosniff", missing);
		expect(what, response, "X-Frame-Options", "DENY", missing);
		expect(what, response, "Referrer-Policy", "same-origin", missing);
		String cache = response.getHeader("Cache-Control");
		if (cache == null || !cache.contains("no-store")) {
			missing.add(what + ": Cache-Control " + cache);
		}
		String type = response.getContentType();
		if (type == null || !type.startsWith("text/html")) {
			return 0;
		}
		String body = response.getContentAsString();
		if (Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(body).find()
				|| Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(body).find()) {
			missing.add(what + ": inline script in the rendered page");
		}
		return response.getStatus() == 200 ? 1 : 0;
	}

	private static void expect(String what, MockHttpServletResponse response, String header, String value,
			List<String> missing) {
		if (!value.equals(response.getHeader(header))) {
			missing.add(what + ": " + header + " " + response.getHeader(header));
		}
	}

	/** The pattern with its variables filled from the company's own objects (an unknown entity gets a random id). */
	private static String fill(String pattern, Map<String, UUID> ids) {
		String entity = IsolationChecks.entityOf(pattern);
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String value = switch (variables.group(1)) {
				case "id" -> ids.getOrDefault(entity, UUID.randomUUID()).toString();
				case "kind" -> "employees";
				case "supportedGoalId" -> ids.get("goal").toString();
				case "commentId" -> ids.get("okr-comment").toString();
				default -> "1";
			};
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private Map<String, UUID> idsOf(Fixtures.Company company) {
		Map<String, UUID> ids = new HashMap<>();
		ids.put("employee", company.employee().employeeId());
		ids.put("org-unit", company.teamUnit());
		ids.put("position", company.position());
		ids.put("user", company.employee().userId());
		ids.put("company", company.id());
		ids.putAll(new TenantGoalData(context).create(company));
		ids.putAll(OkrTenantData.create(context, company));
		PeriodCalendar calendar = context.getBean(PeriodCalendar.class);
		UUID kpi = EngagementScenario.salesKpi(context.getBean(KpiManagement.class), calendar, company,
				company.employee(), "Headers sales");
		ids.putAll(RecognitionTenantData.create(context, company, kpi));
		int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
		ids.putAll(AppraisalTenantData.create(context, company, calendar.year(company.id(), lastYear).get(0).id()));
		SystemActor.runAs(company.id(), () -> {
			ids.put("feedback", context.getBean(FeedbackManagement.class)
				.give(company.manager().principal(), new NewFeedback(null, kpi, "Keep going"))
				.id());
			ids.put("support-request", context.getBean(SupportRequests.class)
				.raise(company.employee().principal(), new NewSupportRequest(kpi, "I need leads"))
				.id());
			return null;
		});
		return ids;
	}

}
