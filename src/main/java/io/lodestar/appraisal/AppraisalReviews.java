package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * What people do with an appraisal: the employee assesses themselves, the reviewer (their manager; HR when they
 * have none) assesses them and asks peers, peers answer anonymously, the employee acknowledges the result or
 * appeals it, HR decides the appeal. Each step is allowed only in its phase and to its person; nobody assesses
 * themselves as manager; nothing changes after close.
 */
@Service
@Transactional
public class AppraisalReviews {

	private final JdbcClient jdbc;

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final AppraisalStore store;

	private final AppraisalAccess access;

	private final AppraisalScoring scoring;

	private final AppraisalNotices notices;

	private final PeopleDirectory people;

	AppraisalReviews(JdbcClient jdbc, AppraisalCycles cycles, AppraisalTemplates templates, AppraisalStore store,
			AppraisalAccess access, AppraisalScoring scoring, AppraisalNotices notices, PeopleDirectory people) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.templates = templates;
		this.store = store;
		this.access = access;
		this.scoring = scoring;
		this.notices = notices;
		this.people = people;
	}

	/** One appraisal as the reader may see it. */
	@Transactional(readOnly = true)
	public AppraisalView get(CurrentUser user, UUID id) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		return access.readable(user, appraisal, cycles.get(user.tenant(), appraisal.cycleId()).phase());
	}

	/** The reader's own appraisals, newest cycle first. */
	@Transactional(readOnly = true)
	public List<AppraisalView> mine(CurrentUser user) {
		if (user.employeeId() == null) {
			return List.of();
		}
		return store.ofEmployee(user.tenant(), user.employeeId())
			.stream()
			.map(appraisal -> AppraisalAccess.shown(user, appraisal,
					cycles.get(user.tenant(), appraisal.cycleId()).phase()))
			.toList();
	}

	/** The appraisals of a cycle the reader may see: all for HR and executives, a manager's subtree otherwise. */
	@Transactional(readOnly = true)
	public List<AppraisalView> ofCycle(CurrentUser user, UUID cycleId) {
		AppraisalCycle cycle = cycles.get(user.tenant(), cycleId);
		List<AppraisalView> all = store.ofCycle(user.tenant(), cycleId);
		if (AppraisalAccess.seesAll(user)) {
			return all.stream().map(appraisal -> AppraisalAccess.shown(user, appraisal, cycle.phase())).toList();
		}
		java.util.Set<UUID> below = user.employeeId() == null ? java.util.Set.of()
				: people.reportsOf(user.tenant(), user.employeeId());
		return all.stream()
			.filter(appraisal -> below.contains(appraisal.employeeId()) || user.isEmployee(appraisal.reviewerId()))
			.map(appraisal -> AppraisalAccess.shown(user, appraisal, cycle.phase()))
			.toList();
	}

	/** The peers the reader is asked to give feedback on, in open cycles. */
	@Transactional(readOnly = true)
	public List<AppraisalView> peerRequests(CurrentUser user) {
		if (user.employeeId() == null) {
			return List.of();
		}
		return jdbc.sql("""
				select p.appraisal_id from appraisal_peer p
				join appraisal a on a.tenant_id = p.tenant_id and a.id = p.appraisal_id
				join appraisal_cycle c on c.tenant_id = a.tenant_id and c.id = a.cycle_id
				where p.tenant_id = :tenant and p.peer_id = :me and c.phase in ('SELF_REVIEW', 'MANAGER_REVIEW')
				""")
			.param("tenant", user.tenant())
			.param("me", user.employeeId())
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> store.get(user.tenant(), id))
			.map(appraisal -> new AppraisalView(appraisal.id(), appraisal.cycleId(), appraisal.employeeId(),
					appraisal.employeeName(), appraisal.employeeNo(), appraisal.orgUnitId(), appraisal.orgUnitName(),
					null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null, null, null,
					null, null, null, null, null, null, null, appraisal.version()))
			.toList();
	}

	public AppraisalView selfAssess(CurrentUser user, UUID id, BigDecimal rating, String comment) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		if (!user.isEmployee(appraisal.employeeId())) {
			throw access.canRead(user, appraisal) ? forbidden("appraisal.self.only-employee")
					: new NotFoundException("appraisal", id);
		}
		AppraisalCycles.refuseIfClosed(cycle);
		if (cycle.phase() != AppraisalPhase.SELF_REVIEW) {
			throw BusinessRuleException.conflict("appraisal.self.not-now", null, cycle.phase().label());
		}
		BigDecimal checked = rating(templates.get(user.tenant(), cycle.templateId()), rating, "selfRating");
		jdbc.sql("""
				update appraisal set self_rating = :rating, self_comment = :comment, self_submitted_at = :now,
				    version = version + 1 where tenant_id = :tenant and id = :id
				""")
			.param("rating", checked)
			.param("comment", Reasons.optional(comment, "selfComment"))
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		return get(user, id);
	}

	public AppraisalView managerAssess(CurrentUser user, UUID id, BigDecimal rating, String comment,
			Integer potential) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		checkReviewer(user, appraisal);
		AppraisalCycles.refuseIfClosed(cycle);
		boolean open = cycle.phase() == AppraisalPhase.MANAGER_REVIEW
				|| (cycle.phase() == AppraisalPhase.SELF_REVIEW && appraisal.selfSubmitted());
		if (!open) {
			throw BusinessRuleException.conflict("appraisal.manager.not-now", null, cycle.phase().label());
		}
		BigDecimal checked = rating(templates.get(user.tenant(), cycle.templateId()), rating, "managerRating");
		if (potential != null && (potential < 1 || potential > 3)) {
			throw BusinessRuleException.invalid("appraisal.potential.range", "potential");
		}
		jdbc.sql("""
				update appraisal set manager_rating = :rating, manager_comment = :comment, potential = :potential,
				    manager_submitted_at = :now, version = version + 1 where tenant_id = :tenant and id = :id
				""")
			.param("rating", checked)
			.param("comment", Reasons.optional(comment, "managerComment"))
			.param("potential", potential)
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		return get(user, id);
	}

	/** The reviewer asks colleagues for anonymous feedback; asking again keeps the answers already given. */
	public void askPeers(CurrentUser user, UUID id, List<UUID> peers) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		checkReviewer(user, appraisal);
		AppraisalCycles.refuseIfClosed(cycle);
		if (!templates.get(user.tenant(), cycle.templateId()).uses(AppraisalComponent.PEER)) {
			throw BusinessRuleException.conflict("appraisal.peers.not-used", "peers");
		}
		if (cycle.phase() != AppraisalPhase.SELF_REVIEW && cycle.phase() != AppraisalPhase.MANAGER_REVIEW) {
			throw BusinessRuleException.conflict("appraisal.peers.not-now", "peers", cycle.phase().label());
		}
		for (UUID peer : peers) {
			if (peer.equals(appraisal.employeeId())) {
				throw BusinessRuleException.invalid("appraisal.peers.self", "peers");
			}
			if (people.employee(user.tenant(), peer).filter(e -> e.isActive()).isEmpty()) {
				throw BusinessRuleException.invalid("appraisal.peers.unknown", "peers", peer);
			}
		}
		for (UUID peer : peers) {
			jdbc.sql("""
					insert into appraisal_peer (tenant_id, appraisal_id, peer_id)
					select :tenant, :appraisal, :peer
					where not exists (select 1 from appraisal_peer where tenant_id = :tenant and appraisal_id = :appraisal
					    and peer_id = :peer)
					""").param("tenant", user.tenant()).param("appraisal", id).param("peer", peer).update();
		}
	}

	/** A peer answers (again, until the manager review ends); who answered is never shown. */
	public void answerAsPeer(CurrentUser user, UUID id, BigDecimal rating, String comment) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		int asked = user.employeeId() == null ? 0 : jdbc.sql("select count(*) from appraisal_peer where tenant_id = :tenant "
				+ "and appraisal_id = :id and peer_id = :me")
			.param("tenant", user.tenant())
			.param("id", id)
			.param("me", user.employeeId())
			.query(Integer.class)
			.single();
		if (asked == 0) {
			throw new NotFoundException("appraisal", id);
		}
		AppraisalCycles.refuseIfClosed(cycle);
		if (cycle.phase() != AppraisalPhase.SELF_REVIEW && cycle.phase() != AppraisalPhase.MANAGER_REVIEW) {
			throw BusinessRuleException.conflict("appraisal.peers.not-now", null, cycle.phase().label());
		}
		BigDecimal checked = rating(templates.get(user.tenant(), cycle.templateId()), rating, "rating");
		jdbc.sql("""
				update appraisal_peer set rating = :rating, comment = :comment, submitted_at = :now
				where tenant_id = :tenant and appraisal_id = :id and peer_id = :me
				""")
			.param("rating", checked)
			.param("comment", Reasons.optional(comment, "comment"))
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant())
			.param("id", id)
			.param("me", user.employeeId())
			.update();
	}

	/**
	 * The peers' comments on an appraisal, without authors and in an order that says nothing about who wrote
	 * them, or nothing while fewer than the template's minimum have answered.
	 */
	@Transactional(readOnly = true)
	public List<String> peerComments(CurrentUser user, UUID id) {
		AppraisalView appraisal = get(user, id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		List<String> comments = jdbc.sql("select comment from appraisal_peer where tenant_id = :tenant "
				+ "and appraisal_id = :id and rating is not null")
			.param("tenant", user.tenant())
			.param("id", id)
			.query((rs, n) -> rs.getString(1) == null ? "" : rs.getString(1))
			.list();
		if (comments.size() < template.peerMinRespondents()
				|| (user.isEmployee(appraisal.employeeId()) && cycle.phase().isBefore(AppraisalPhase.RESULTS))) {
			return List.of();
		}
		return comments.stream().filter(comment -> !comment.isEmpty()).sorted().toList();
	}

	public AppraisalView acknowledge(CurrentUser user, UUID id) {
		AppraisalView appraisal = ownInResults(user, id);
		if (appraisal.appealState() == AppraisalView.AppealState.OPEN) {
			throw BusinessRuleException.conflict("appraisal.acknowledge.appeal-open", null);
		}
		jdbc.sql("update appraisal set acknowledged_at = :now, version = version + 1 where tenant_id = :tenant and id = :id "
				+ "and acknowledged_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		store.logChange(user, appraisal.cycleId(), id, "ACKNOWLEDGED", null, appraisal.grade(), null);
		return get(user, id);
	}

	public AppraisalView appeal(CurrentUser user, UUID id, String reason) {
		AppraisalView appraisal = ownInResults(user, id);
		String why = Reasons.required(reason, "reason");
		if (appraisal.appealState() != null || appraisal.acknowledgedAt() != null) {
			throw BusinessRuleException.conflict("appraisal.appeal.once", "reason");
		}
		jdbc.sql("update appraisal set appeal_state = 'OPEN', appeal_reason = :reason, version = version + 1 "
				+ "where tenant_id = :tenant and id = :id")
			.param("reason", why)
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		store.logChange(user, appraisal.cycleId(), id, "APPEAL", appraisal.grade(), null, why);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		if (appraisal.reviewerId() != null) {
			notices.appealed(user.tenant(), appraisal.reviewerId(), appraisal, cycle);
		}
		return get(user, id);
	}

	/** HR decides an open appeal: the grade stays (upheld) or changes (pay follows), always with a reason. */
	public AppraisalView decideAppeal(CurrentUser user, UUID id, String newGrade, String reason) {
		if (!user.has(Role.HR_ADMIN)) {
			throw forbidden("appraisal.appeal.hr-only");
		}
		AppraisalView appraisal = store.get(user.tenant(), id);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalCycles.refuseIfClosed(cycle);
		if (appraisal.appealState() != AppraisalView.AppealState.OPEN) {
			throw BusinessRuleException.conflict("appraisal.appeal.not-open", null);
		}
		String why = Reasons.required(reason, "reason");
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		boolean change = newGrade != null && !newGrade.isBlank() && !newGrade.equals(appraisal.grade());
		if (change && !template.grades().contains(newGrade)) {
			throw BusinessRuleException.invalid("appraisal.grade.unknown", "grade", newGrade);
		}
		jdbc.sql("""
				update appraisal set appeal_state = :state, appeal_decision = :reason, appeal_decided_at = :now,
				    grade = :grade, version = version + 1 where tenant_id = :tenant and id = :id
				""")
			.param("state", change ? "CHANGED" : "UPHELD")
			.param("reason", why)
			.param("now", Timestamp.from(Instant.now()))
			.param("grade", change ? newGrade : appraisal.grade())
			.param("tenant", user.tenant())
			.param("id", id)
			.update();
		store.logChange(user, cycle.id(), id, change ? "APPEAL_CHANGED" : "APPEAL_UPHELD", appraisal.grade(),
				change ? newGrade : appraisal.grade(), why);
		if (change) {
			scoring.computePayAfterChange(user.tenant(), cycle, template, id);
		}
		notices.appealDecided(user.tenant(), appraisal, cycle);
		return get(user, id);
	}

	private AppraisalView ownInResults(CurrentUser user, UUID id) {
		AppraisalView appraisal = store.get(user.tenant(), id);
		if (!user.isEmployee(appraisal.employeeId())) {
			throw access.canRead(user, appraisal) ? forbidden("appraisal.acknowledge.only-employee")
					: new NotFoundException("appraisal", id);
		}
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalCycles.refuseIfClosed(cycle);
		if (cycle.phase() != AppraisalPhase.RESULTS) {
			throw BusinessRuleException.conflict("appraisal.results.not-now", null, cycle.phase().label());
		}
		return appraisal;
	}

	private void checkReviewer(CurrentUser user, AppraisalView appraisal) {
		if (user.isEmployee(appraisal.employeeId())) {
			throw forbidden("appraisal.manager.not-self");
		}
		boolean reviewer = appraisal.reviewerId() == null ? user.has(Role.HR_ADMIN)
				: user.isEmployee(appraisal.reviewerId());
		if (!reviewer) {
			throw access.canRead(user, appraisal) ? forbidden("appraisal.manager.only-reviewer")
					: new NotFoundException("appraisal", appraisal.id());
		}
	}

	private static BigDecimal rating(AppraisalTemplate template, BigDecimal rating, String field) {
		if (rating == null || rating.compareTo(BigDecimal.ONE) < 0
				|| rating.compareTo(BigDecimal.valueOf(template.ratingScale())) > 0 || rating.stripTrailingZeros().scale() > 1) {
			throw BusinessRuleException.invalid("appraisal.rating.range", field, template.ratingScale());
		}
		return rating;
	}

	private static org.springframework.security.access.AccessDeniedException forbidden(String code) {
		return new org.springframework.security.access.AccessDeniedException(code);
	}

}
