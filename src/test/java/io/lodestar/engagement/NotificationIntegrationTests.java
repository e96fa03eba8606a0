package io.lodestar.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.people.Departure;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.NewEmployee;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The inbox: what {@link Notifications#notify} sends shows up for its recipient only, newest first, with the
 * unread count on the bell of every page; one or all can be marked read, in the browser and through the API.
 */
@IntegrationTest
class NotificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	JdbcClient jdbc;

	private UUID tell(Fixtures.Person person, String name, String link) {
		return notifications.notify(person.tenantId(), person.employeeId(), "engagement.notification.feedback",
				List.of(name), link).orElseThrow();
	}

	private String page(Fixtures.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(Fixtures.as(person))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private long unread(Fixtures.Person person) {
		return jdbc.sql("select count(*) from engagement_notification where tenant_id = :t and recipient_employee_id = :e "
				+ "and read_at is null").param("t", person.tenantId()).param("e", person.employeeId()).query(Long.class).single();
	}

	@Test
	void theBellCountsUnreadNotificationsAndMarkingReadClearsThem() throws Exception {
		var company = fixtures.company();
		UUID first = tell(company.employee(), "Ann", "/feedback");
		tell(company.employee(), "Bob", null);
		tell(company.employee(), "Cai", "/support");
		tell(company.colleague(), "Dan", "/feedback");
		for (String url : List.of("/", "/people", "/feedback", "/support")) {
			assertThat(page(company.employee(), url)).as(url).contains("<span class=\"count\" data-unread-count>3</span>")
				.contains("aria-label=\"Notifications: 3 unread\"");
		}
		String inbox = page(company.employee(), "/inbox");
		// newest first, the recipient's own only
		assertThat(inbox.indexOf("Cai gave you feedback.")).isPositive().isLessThan(inbox.indexOf("Bob gave you feedback."));
		assertThat(inbox.indexOf("Bob gave you feedback.")).isLessThan(inbox.indexOf("Ann gave you feedback."));
		assertThat(inbox).doesNotContain("Dan").contains("Mark all as read");

		mvc.perform(post("/inbox/" + first + "/read").with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(unread(company.employee())).isEqualTo(2);
		assertThat(page(company.employee(), "/inbox?unread=true")).doesNotContain("Ann gave you feedback.")
			.contains("Bob gave you feedback.").contains("<span class=\"count\" data-unread-count>2</span>");

		mvc.perform(post("/inbox/read-all").with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("notice"));
		assertThat(unread(company.employee())).isZero();
		assertThat(unread(company.colleague())).isEqualTo(1);
		String after = page(company.employee(), "/inbox");
		assertThat(after).doesNotContain("data-unread-count").doesNotContain("Mark all as read")
			.contains("aria-label=\"Notifications: none unread\"").contains("Ann gave you feedback.");
		assertThat(page(company.employee(), "/inbox?unread=true")).contains("Nothing unread");

		// someone else's notification does not exist for me, and stays unread
		UUID others = (UUID) jdbc.sql("select id from engagement_notification where recipient_employee_id = :e")
			.param("e", company.colleague().employeeId()).query().singleValue();
		mvc.perform(post("/inbox/" + others + "/read").with(Fixtures.as(company.employee())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inbox/" + others).with(Fixtures.as(company.employee()))).andExpect(status().isNotFound());
		assertThat(unread(company.colleague())).isEqualTo(1);
	}

	@Test
	void theApiListsMarksOneAndMarksAll() throws Exception {
		var company = fixtures.company();
		UUID first = tell(company.employee(), "王强", "/feedback");
		tell(company.employee(), "Bob", "/support");
		String reader = fixtures.token(company.employee(), TokenScope.READ);
		String writer = fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(get("/api/v1/notifications").with(Api.bearer(reader)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].message").value("Bob给了您一条反馈。"))
			.andExpect(jsonPath("$.items[1].message").value("王强给了您一条反馈。"))
			.andExpect(jsonPath("$.items[1].arguments[0]").value("王强"))
			.andExpect(jsonPath("$.items[1].link").value("/feedback"))
			.andExpect(jsonPath("$.items[1].read").value(false));
		mvc.perform(post("/api/v1/notifications/" + first + "/read").with(Api.bearer(reader)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/notifications/" + first + "/read").with(Api.bearer(writer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(true))
			.andExpect(jsonPath("$.message").value("王强 gave you feedback."));
		mvc.perform(get("/api/v1/notifications?unread=true").with(Api.bearer(reader)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].arguments[0]").value("Bob"));
		mvc.perform(post("/api/v1/notifications/read-all").with(Api.bearer(writer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(1));
		assertThat(unread(company.employee())).isZero();
		// another person's notification is not found for this token
		UUID others = tell(company.colleague(), "Eve", null);
		mvc.perform(post("/api/v1/notifications/" + others + "/read").with(Api.bearer(writer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/not-found"));
		assertThat(unread(company.colleague())).isEqualTo(1);
	}

	@Test
	void notifyStaysInsideTheApplicationAndSkipsLeavers() {
		var company = fixtures.company();
		for (String outside : List.of("https://evil.example/x", "//evil.example", "javascript:alert(1)", "/a\r\nSet-Cookie: x")) {
			assertThatThrownBy(() -> tell(company.employee(), "X", outside)).as(outside)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> notifications.notify(company.id(), UUID.randomUUID(), "engagement.notification.feedback",
				List.of("X"), null)).isInstanceOf(NotFoundException.class);
		// someone without an account still has an inbox (read when they get one); someone who left gets nothing
		UUID noAccount = SystemActor.runAs(company.id(), () -> employees.hire(SystemActor.in(company.id()),
				new NewEmployee("E-9", "Nora New", null, null, LocalDate.of(2024, 1, 1), company.teamUnit(), null,
						company.manager().employeeId())).id());
		UUID sent = notifications.notify(company.id(), noAccount, "engagement.notification.feedback", List.of("X"), "/")
			.orElseThrow();
		assertThat(jdbc.sql("select count(*) from engagement_notification where id = :id and recipient_user_id is null "
				+ "and recipient_employee_id = :e").param("id", sent).param("e", noAccount).query(Long.class).single())
			.isEqualTo(1);
		SystemActor.runAs(company.id(), () -> employees.leave(SystemActor.in(company.id()), company.colleague().employeeId(),
				new Departure(LocalDate.now().minusDays(1), "moved away")));
		assertThat(notifications.notify(company.id(), company.colleague().employeeId(), "engagement.notification.feedback",
				List.of("X"), "/")).isEqualTo(Optional.empty());
	}

}
