package io.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** What an anonymous visitor can reach: the health status, the login page, static files — nothing else. */
@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void healthIsPublicAndSaysOnlyTheStatus() throws Exception {
		String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		// the names of the probe groups (/actuator/health/liveness, /readiness) are all it adds
		assertThat(body).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/metrics", "/actuator/info", "/actuator/heapdump",
			"/actuator/configprops", "/actuator/loggers", "/h2-console", "/h2-console/login.do", "/swagger-ui.html",
			"/swagger-ui/index.html", "/v3/api-docs", "/people", "/admin/audit" })
	void anonymousVisitorsCannotReachOperationalOrBusinessPages(String path) throws Exception {
		int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isIn(302, 401, 404);
	}

	@Test
	void theApiDocumentNeedsASignedInUser() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		var company = fixtures.company();
		mvc.perform(get("/v3/api-docs").with(Fixtures.as(company.employee()))).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/index.html").with(Fixtures.as(company.employee()))).andExpect(status().isOk());
	}

	@Test
	void actuatorDetailsAreForSystemAdministratorsOnly() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/actuator/metrics").with(Fixtures.as(company.hr()))).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-eval")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		var company = fixtures.company();
		mvc.perform(get("/").with(Fixtures.as(company.employee())))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Autowired
	java.util.List<io.lodestar.platform.web.NavigationItem> navigation;

	@Test
	void everyNavigationIconExistsInTheIconSprite() throws Exception {
		String sprite = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/static/img/icons.svg"));
		assertThat(navigation).isNotEmpty()
			.allSatisfy(item -> assertThat(sprite).as(item.labelKey()).contains("id=\"" + item.icon() + "\""));
	}

	@Test
	void templatesContainNoInlineScript() throws Exception {
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String html = java.nio.file.Files.readString(file);
				assertThat(html).as(file.toString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
				assertThat(html).as(file.toString()).doesNotContainPattern("\\son[a-z]+\\s*=");
			}
		}
	}

	@Test
	void everyResponseCarriesARequestIdAndUnsafeIdsAreReplaced() throws Exception {
		String echoed = mvc.perform(get("/login").header("X-Request-Id", "abc12345-def")).andReturn().getResponse()
			.getHeader("X-Request-Id");
		assertThat(echoed).isEqualTo("abc12345-def");
		String replaced = mvc.perform(get("/login").header("X-Request-Id", "evil\r\nSet-Cookie: x=1")).andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(replaced).doesNotContain("evil").hasSize(36);
	}

	@Test
	void pagesLinkContentHashedAssetsThatBrowsersMayKeepForAYear() throws Exception {
		var company = fixtures.company();
		String page = mvc.perform(get("/dashboard").with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var links = java.util.regex.Pattern
			.compile("(?:href|src)=\"(/(?:css/app|js/app|img/logo)-[0-9a-f]{32}\\.(?:css|js|svg)|/webjars/htmx\\.org/[0-9.]+/[^\"]+)\"")
			.matcher(page)
			.results()
			.map(match -> match.group(1))
			.toList();
		assertThat(links).hasSize(4);
		for (String link : links) {
			mvc.perform(get(link))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")));
		}
		assertThat(page).containsPattern("/img/icons-[0-9a-f]{32}\\.svg#dashboard");
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
		// only the asset folders are served: nothing else on the class path
		assertThat(mvc.perform(get("/application.yml")).andReturn().getResponse().getStatus()).isIn(302, 404);
	}

}
