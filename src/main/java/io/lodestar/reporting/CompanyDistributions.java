package io.lodestar.reporting;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.lodestar.people.EmployeeLeft;
import io.lodestar.people.EmployeeRejoined;

/**
 * The company-wide distribution of people's scores, kept per company and period for as long as the company's
 * {@link ScoreVersions version} stays the same: the company dashboard then costs one key lookup instead of
 * counting 10,000 people on every request, and every instance still sees a change as soon as it is committed.
 * The version is raised by every change of a score ({@link PersonScores}) and of who is active (people leaving
 * or rejoining: the distribution counts active people only).
 */
@Component
class CompanyDistributions {

	/** Companies × periods kept at most; past it everything is forgotten (and counted again when asked). */
	static final int MAX_KEPT = 10_000;

	private final PersonScores scores;

	private final ScoreVersions versions;

	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	CompanyDistributions(PersonScores scores, ScoreVersions versions) {
		this.scores = scores;
		this.versions = versions;
		versions.onFailure(kept::clear);
	}

	private record Key(UUID tenant, UUID period) {
	}

	private record Kept(long version, Distribution distribution) {
	}

	/**
	 * The version is read before the counting: a change committed in between is counted but kept under the older
	 * version, which its own raise then replaces. Never the other way round.
	 */
	Distribution of(UUID tenant, UUID period) {
		long version = versions.current(tenant);
		Key key = new Key(tenant, period);
		Kept found = kept.get(key);
		if (found != null && found.version() == version) {
			return found.distribution();
		}
		Distribution counted = scores.distributionOfEveryone(tenant, period);
		if (kept.size() >= MAX_KEPT) {
			kept.clear();
		}
		kept.put(key, new Kept(version, counted));
		return counted;
	}

	@EventListener
	void on(EmployeeLeft event) {
		versions.raiseAfterCommit(event.tenantId());
	}

	@EventListener
	void on(EmployeeRejoined event) {
		versions.raiseAfterCommit(event.tenantId());
	}

}
