package io.lodestar.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;

import tools.jackson.databind.json.JsonMapper;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.jobs.JobLocks;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.DatabaseExtension;
import io.lodestar.test.Fixtures;

/**
 * Two Lodestar instances on one database in one test run, as behind a load balancer: a session started on one is
 * valid on the other and ends on both; a scheduled job runs once across both; of two concurrent edits of one
 * record one wins and the other is told of the concurrent change; no instance shows stale period locks.
 */
@ExtendWith(DatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

	Node a;

	Node b;

	Fixtures.Company company;

	@BeforeAll
	void startTwoNodes() {
		EverySecond.RUNS.clear();
		a = Node.start(EverySecond.class);
		b = Node.start(EverySecond.class);
		company = a.context.getAutowireCapableBeanFactory().createBean(Fixtures.class).company();
	}

	@AfterAll
	void stopThem() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void sessionsLiveInTheDatabase() {
		assertThat(a.bean(SessionRepository.class).getClass().getSimpleName()).isEqualTo("JdbcIndexedSessionRepository");
		assertThat(b.bean(SessionRepository.class).getClass().getSimpleName()).isEqualTo("JdbcIndexedSessionRepository");
	}

	/** A token-authenticated API call is stateless: no stored session, no cookie (an integration calls all day). */
	@Test
	void apiCallsWithATokenStartNoSession() throws Exception {
		String token = a.context.getAutowireCapableBeanFactory().createBean(Fixtures.class)
			.token(company.hr(), io.lodestar.platform.security.TokenScope.READ,
					io.lodestar.platform.security.TokenScope.WRITE);
		var sessions = a.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
		long before = sessions.sql("select count(*) from spring_session").query(Long.class).single();
		for (String path : new String[] { "/api/v1/kpis", "/api/v1/employees", "/api/v1/no-such-thing" }) {
			HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(a.uri(path)).header("Authorization", "Bearer " + token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isIn(200, 404);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		assertThat(sessions.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theStoredSessionKeepsTheCookieNameAttributesAndIdleTimeout() throws Exception {
		Node.Browser browser = new Node.Browser();
		String form = browser.get(a, "/login").body();
		HttpResponse<String> signedIn = browser.post(a, "/login",
				Map.of("email", company.employee().email(), "password", company.employee().password(), "_csrf", csrf(form)));
		String cookie = signedIn.headers().allValues("Set-Cookie").stream()
			.filter(value -> value.startsWith("LODESTAR_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		Integer idleSeconds = a.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select max_inactive_interval from spring_session where principal_name = :user")
			.param("user", company.employee().userId().toString())
			.query(Integer.class)
			.single();
		assertThat(idleSeconds).isEqualTo(30 * 60);
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOtherAndSigningOutOnTheOtherEndsItOnBoth() throws Exception {
		Node.Browser browser = new Node.Browser();
		signIn(browser, a, company.hr());
		String signedInCookie = browser.cookie;

		HttpResponse<String> home = browser.get(b, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(company.hr().name());

		// the CSRF token kept in the session on A is accepted by B
		HttpResponse<String> signOut = browser.post(b, "/logout", Map.of("_csrf", csrf(browser.get(b, "/").body())));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location").orElseThrow()).contains("/login?signedOut");

		browser.cookie = signedInCookie;
		HttpResponse<String> afterwards = browser.get(a, "/");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void aNoticeAndALockMadeOnOneNodeAreSeenOnTheOtherAtOnce() throws Exception {
		var period = a.bean(PeriodCalendar.class).current(company.id(), PeriodKind.QUARTER);
		Node.Browser browser = new Node.Browser();
		signIn(browser, a, company.hr());
		String page = "/admin/periods?year=" + period.fiscalYear();
		// B has the year in its calendar cache, unlocked
		Document before = Jsoup.parse(browser.get(b, page).body());
		assertThat(before.select("span.badge.warn")).isEmpty();

		HttpResponse<String> locked = browser.post(a, "/admin/periods/" + period.id() + "/lock",
				Map.of("_csrf", csrf(before.outerHtml()), "reason", "Numbers final"));
		assertThat(locked.statusCode()).isEqualTo(302);

		// the flash notice was put in the session on A and is shown by B, with the lock B did not make
		Document after = Jsoup.parse(browser.get(b, page).body());
		assertThat(after.select("[data-notice]").text()).contains("locked");
		assertThat(after.select("span.badge.warn")).hasSize(1);
		assertThat(after.text()).contains("Numbers final");
	}

	@Test
	void ofTwoConcurrentEditsOfOneEmployeeOneWinsAndTheOtherIsAConflict() throws Exception {
		String token = a.context.getAutowireCapableBeanFactory().createBean(Fixtures.class)
			.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		String path = "/api/v1/employees/" + company.employee().employeeId();
		HttpResponse<String> read = Node.api(a, "GET", path, token, null);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonMapper json = JsonMapper.builder().build();
		Map<?, ?> employee = json.readValue(read.body(), Map.class);

		CyclicBarrier together = new CyclicBarrier(2);
		List<Callable<HttpResponse<String>>> edits = new ArrayList<>();
		for (Node node : List.of(a, b)) {
			Map<String, Object> correction = new java.util.HashMap<>();
			for (String field : List.of("employeeNo", "email", "phone", "hireDate", "version")) {
				correction.put(field, employee.get(field));
			}
			correction.put("name", "Renamed on " + node.port);
			String body = json.writeValueAsString(correction);
			edits.add(() -> {
				together.await(10, TimeUnit.SECONDS);
				return Node.api(node, "PUT", path, token, body);
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Integer> statuses = new ArrayList<>();
			List<String> bodies = new ArrayList<>();
			for (Future<HttpResponse<String>> result : pool.invokeAll(edits)) {
				statuses.add(result.get().statusCode());
				bodies.add(result.get().body());
			}
			assertThat(statuses).as(bodies.toString()).containsExactlyInAnyOrder(200, 409);
			assertThat(bodies.get(statuses.indexOf(409))).contains("conflict");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aJobFiredOnBothNodesAtOnceRunsOnOneOnly() throws Exception {
		JobLocks onA = a.bean(JobLocks.class);
		JobLocks onB = b.bean(JobLocks.class);
		AtomicInteger runs = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String name = "test.together-" + round + "-" + System.nanoTime();
				CyclicBarrier together = new CyclicBarrier(2);
				List<Callable<Boolean>> both = new ArrayList<>();
				for (JobLocks locks : List.of(onA, onB)) {
					both.add(() -> {
						together.await(10, TimeUnit.SECONDS);
						return locks.runOnce(name, Duration.ofSeconds(30), Duration.ofMinutes(1), runs::incrementAndGet);
					});
				}
				List<Boolean> ran = new ArrayList<>();
				for (Future<Boolean> result : pool.invokeAll(both)) {
					ran.add(result.get());
				}
				assertThat(ran).as("round " + round).containsExactlyInAnyOrder(true, false);
			}
			assertThat(runs).hasValue(10);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aJobIsNotRunAgainByANodeFiringAMomentLaterButRunsAgainOnceItsMinimumLeaseIsOver() {
		JobLocks onA = a.bean(JobLocks.class);
		JobLocks onB = b.bean(JobLocks.class);
		String name = "test.later-" + System.nanoTime();
		assertThat(onA.runOnce(name, Duration.ofMillis(800), Duration.ofMinutes(1), () -> { })).isTrue();
		assertThat(onB.runOnce(name, Duration.ofMillis(800), Duration.ofMinutes(1), () -> { })).isFalse();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> onB.runOnce(name, Duration.ofMillis(800), Duration.ofMinutes(1), () -> { }));
	}

	@Test
	void aLeaseHeldByANodeThatStoppedRespondingEndsAtItsMaximum() throws Exception {
		JobLocks onA = a.bean(JobLocks.class);
		JobLocks onB = b.bean(JobLocks.class);
		String name = "test.stuck-" + System.nanoTime();
		java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		Thread stuck = new Thread(() -> onA.runOnce(name, Duration.ZERO, Duration.ofMillis(700), () -> {
			started.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}));
		stuck.start();
		try {
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(onB.runOnce(name, Duration.ZERO, Duration.ofMinutes(1), () -> { })).isFalse();
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.until(() -> onB.runOnce(name, Duration.ZERO, Duration.ofMinutes(1), () -> { }));
		}
		finally {
			release.countDown();
			stuck.join(10_000);
		}
	}

	@Test
	void aScheduledJobFiresOnBothNodesEverySecondAndRunsOnceASecond() {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> EverySecond.RUNS.size() >= 4);
		Map<String, AtomicInteger> perSecond = new ConcurrentHashMap<>();
		List<String> runs = List.copyOf(EverySecond.RUNS);
		runs.forEach(second -> perSecond.computeIfAbsent(second, key -> new AtomicInteger()).incrementAndGet());
		assertThat(perSecond.values()).as(runs.toString()).allSatisfy(count -> assertThat(count).hasValue(1));
		assertThat(EverySecond.FIRED.get()).as("both nodes fire the job").isGreaterThan(runs.size());
	}

	@Test
	void theProbesAnswerWithoutSignInAndSayNothingElse() throws Exception {
		for (Node node : List.of(a, b)) {
			for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
				HttpResponse<String> answer = new Node.Browser().get(node, probe);
				assertThat(answer.statusCode()).as(probe).isEqualTo(200);
				assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
			}
		}
	}

	private static void signIn(Node.Browser browser, Node node, Fixtures.Person person) throws Exception {
		String form = browser.get(node, "/login").body();
		HttpResponse<String> signedIn = browser.post(node, "/login",
				Map.of("email", person.email(), "password", person.password(), "_csrf", csrf(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

	private static String csrf(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().attr("value");
	}

	/** A job every second on each node, leased for 0.9 s (a timer firing late is still refused): every second it must run on exactly one. */
	static class EverySecond {

		static final List<String> RUNS = new CopyOnWriteArrayList<>();

		static final AtomicInteger FIRED = new AtomicInteger();

		private final JobLocks jobs;

		EverySecond(JobLocks jobs) {
			this.jobs = jobs;
		}

		@Scheduled(cron = "* * * * * *")
		void tick() {
			FIRED.incrementAndGet();
			// the nearest second: a tick that fires very late counts for the next second, whose run its lease blocks
			String second = LocalTime.now().plusNanos(500_000_000).withNano(0).toString();
			jobs.runOnce("test.every-second", Duration.ofMillis(900), Duration.ofSeconds(30), () -> RUNS.add(second));
		}

	}

}
