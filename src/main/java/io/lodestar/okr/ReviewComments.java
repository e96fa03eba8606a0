package io.lodestar.okr;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.GoalKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Comments on objectives and key results (anyone who may read the objective), and the reviewer's suggestions,
 * which the owner accepts or declines with one click before the objective is approved. Accepting "add a key
 * result" adds it with an equal share of the weight and rescales the others so they still make 100 %;
 * accepting "change the target" sets it.
 */
@Service
@Transactional
public class ReviewComments {

	private final ObjectiveReaders readers;

	private final ObjectiveQueries queries;

	private final KeyResultStore keyResults;

	private final OkrCycles cycles;

	private final GoalAccess access;

	private final OkrHistory history;

	private final OkrNotices notices;

	private final JdbcClient jdbc;

	ReviewComments(ObjectiveReaders readers, ObjectiveQueries queries, KeyResultStore keyResults, OkrCycles cycles,
			GoalAccess access, OkrHistory history, OkrNotices notices, JdbcClient jdbc) {
		this.readers = readers;
		this.queries = queries;
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.access = access;
		this.history = history;
		this.notices = notices;
		this.jdbc = jdbc;
	}

	public CommentView comment(CurrentUser user, UUID objectiveId, NewComment request) {
		UUID tenant = user.tenant();
		ObjectiveQueries.Row objective = readers.readable(user, objectiveId);
		if (cycles.get(tenant, objective.cycleId()).isClosed()) {
			throw BusinessRuleException.conflict("okr.cycle.closed", "cycleId", "");
		}
		if (request.keyResultId() != null
				&& queries.objectiveOf(tenant, request.keyResultId()).filter(objectiveId::equals).isEmpty()) {
			throw BusinessRuleException.invalid("okr.kr.unknown", "keyResultId");
		}
		if (request.suggestion() != null) {
			checkSuggestion(user, objective, request);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into okr_comment (id, tenant_id, objective_id, key_result_id, author_user_id, author_name, body,
				    suggestion, suggested_title, suggested_type, suggested_direction, suggested_start, suggested_target,
				    suggested_unit, suggestion_state, created_at)
				values (:id, :tenant, :objective, :kr, :author, :authorName, :body, :suggestion, :title, :type, :direction,
				    :start, :target, :unit, :state, :at)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("objective", objectiveId)
			.param("kr", request.keyResultId())
			.param("author", user.userId())
			.param("authorName", user.displayName())
			.param("body", request.body().strip())
			.param("suggestion", request.suggestion() == null ? null : request.suggestion().name())
			.param("title", Objectives.blankToNull(request.suggestedTitle()))
			.param("type", request.suggestedType() == null ? null : request.suggestedType().name())
			.param("direction", direction(request))
			.param("start", request.suggestedStart())
			.param("target", request.suggestedTarget())
			.param("unit", Objectives.blankToNull(request.suggestedUnit()))
			.param("state", request.suggestion() == null ? null : SuggestionState.OPEN.name())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		if (request.suggestion() != null) {
			history.record(user, objectiveId, request.keyResultId(), "SUGGESTED", null, request.suggestion(), null);
			notices.suggested(user, readers.view(user, objectiveId));
		}
		return one(tenant, id);
	}

	/** The owner accepts or declines an open suggestion; accepting applies it. */
	public CommentView decide(CurrentUser user, UUID objectiveId, UUID commentId, boolean accept) {
		UUID tenant = user.tenant();
		ObjectiveQueries.Row objective = readers.manageable(user, objectiveId);
		CommentView comment = one(tenant, commentId);
		if (!comment.objectiveId().equals(objectiveId)) {
			throw new NotFoundException("okr_comment", commentId);
		}
		if (!comment.isOpenSuggestion()) {
			throw BusinessRuleException.conflict("okr.suggestion.decided", "commentId");
		}
		if (objective.reviewState() == ReviewState.APPROVED) {
			throw BusinessRuleException.conflict("okr.suggestion.after-approval", "commentId");
		}
		if (accept) {
			apply(user, objective, comment);
		}
		jdbc.sql("""
				update okr_comment set suggestion_state = :state, decided_by = :by, decided_at = :at
				where tenant_id = :tenant and id = :id and suggestion_state = 'OPEN'
				""")
			.param("state", (accept ? SuggestionState.ACCEPTED : SuggestionState.DECLINED).name())
			.param("by", user.userId())
			.param("at", Timestamp.from(Instant.now()))
			.param("tenant", tenant)
			.param("id", commentId)
			.update();
		history.record(user, objectiveId, comment.keyResultId(), accept ? "SUGGESTION_ACCEPTED" : "SUGGESTION_DECLINED",
				null, comment.suggestion(), null);
		return one(tenant, commentId);
	}

	private void apply(CurrentUser user, ObjectiveQueries.Row objective, CommentView comment) {
		UUID tenant = user.tenant();
		List<ObjectiveQueries.KeyResultRow> krs = queries.keyResults(tenant, List.of(objective.id()))
			.getOrDefault(objective.id(), List.of());
		if (comment.suggestion() == SuggestionKind.CHANGE_TARGET) {
			ObjectiveQueries.KeyResultRow kr = krs.stream().filter(row -> row.id().equals(comment.keyResultId()))
				.findFirst()
				.orElseThrow(() -> BusinessRuleException.conflict("okr.kr.unknown", "keyResultId"));
			KeyResultDraft changed = new KeyResultDraft(kr.id(), kr.title(), kr.type(), null, kr.start(),
					comment.suggestedTarget(), kr.unit(), kr.weight());
			String problem = KeyResultRules.problemWith(changed.type(), changed.direction(), changed.start(),
					changed.target());
			if (problem != null) {
				throw BusinessRuleException.invalid("okr.kr." + problem, "suggestedTarget", kr.title());
			}
			keyResults.change(user, kr.id(), changed, objective.visibility(), kr.position());
			return;
		}
		if (krs.size() >= 5) {
			throw BusinessRuleException.conflict("okr.objective.key-results.count", "keyResults");
		}
		List<BigDecimal> weights = new ArrayList<>(krs.stream().map(ObjectiveQueries.KeyResultRow::weight).toList());
		// the new key result weighs as much as an average one; then all are rescaled to make 100
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		weights.add(krs.isEmpty() || sum.signum() == 0 ? BigDecimal.ONE
				: sum.divide(BigDecimal.valueOf(krs.size()), 6, java.math.RoundingMode.HALF_UP));
		List<BigDecimal> scaled = Objectives.normalised(weights);
		for (int i = 0; i < krs.size(); i++) {
			ObjectiveQueries.KeyResultRow kr = krs.get(i);
			keyResults.change(user, kr.id(), new KeyResultDraft(kr.id(), kr.title(), kr.type(), kr.direction(),
					kr.start(), kr.target(), kr.unit(), scaled.get(i)), objective.visibility(), kr.position());
		}
		KeyResultDraft added = new KeyResultDraft(null, comment.suggestedTitle(),
				comment.suggestedType() == null ? KeyResultType.METRIC : comment.suggestedType(),
				comment.suggestedDirection(), comment.suggestedStart(), comment.suggestedTarget(),
				comment.suggestedUnit(), scaled.get(krs.size()));
		keyResults.add(user, objective.id(), objective.ownerType(), objective.ownerId(),
				cycles.get(tenant, objective.cycleId()), objective.visibility(), added, krs.size());
	}

	private void checkSuggestion(CurrentUser user, ObjectiveQueries.Row objective, NewComment request) {
		GoalAccess.Scope scope = access.scopeOf(user);
		if (!readers.canReview(scope, objective)) {
			throw new AccessDeniedException("suggest on this objective");
		}
		if (objective.reviewState() == ReviewState.APPROVED) {
			throw BusinessRuleException.conflict("okr.suggestion.after-approval", "suggestion");
		}
		if (request.suggestion() == SuggestionKind.CHANGE_TARGET) {
			if (request.keyResultId() == null) {
				throw BusinessRuleException.invalid("okr.suggestion.key-result.required", "keyResultId");
			}
			if (request.suggestedTarget() == null) {
				throw BusinessRuleException.invalid("okr.suggestion.target.required", "suggestedTarget");
			}
			return;
		}
		if (request.suggestedTitle() == null || request.suggestedTitle().isBlank()) {
			throw BusinessRuleException.invalid("okr.kr.title.required", "suggestedTitle");
		}
		KeyResultType type = request.suggestedType() == null ? KeyResultType.METRIC : request.suggestedType();
		String problem = KeyResultRules.problemWith(type, directionOf(request), request.suggestedStart(),
				request.suggestedTarget());
		if (problem != null) {
			throw BusinessRuleException.invalid("okr.kr." + problem, "suggestedTarget", request.suggestedTitle());
		}
	}

	private static Direction directionOf(NewComment request) {
		if (request.suggestedDirection() != null || request.suggestedStart() == null
				|| request.suggestedTarget() == null) {
			return request.suggestedDirection();
		}
		return request.suggestedTarget().compareTo(request.suggestedStart()) < 0 ? Direction.DECREASE
				: Direction.INCREASE;
	}

	private static String direction(NewComment request) {
		Direction direction = directionOf(request);
		return direction == null ? null : direction.name();
	}

	@Transactional(readOnly = true)
	public List<CommentView> of(CurrentUser user, UUID objectiveId) {
		readers.readable(user, objectiveId);
		return jdbc.sql("select * from okr_comment where tenant_id = :tenant and objective_id = :o order by created_at, id")
			.param("tenant", user.tenant())
			.param("o", objectiveId)
			.query(ReviewComments::view)
			.list();
	}

	private CommentView one(UUID tenant, UUID id) {
		return jdbc.sql("select * from okr_comment where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(ReviewComments::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("okr_comment", id));
	}

	private static CommentView view(ResultSet rs, int row) throws SQLException {
		String suggestion = rs.getString("suggestion");
		String type = rs.getString("suggested_type");
		String direction = rs.getString("suggested_direction");
		String state = rs.getString("suggestion_state");
		return new CommentView(rs.getObject("id", UUID.class), rs.getObject("objective_id", UUID.class),
				rs.getObject("key_result_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
				suggestion == null ? null : SuggestionKind.valueOf(suggestion), rs.getString("suggested_title"),
				type == null ? null : KeyResultType.valueOf(type), direction == null ? null : Direction.valueOf(direction),
				rs.getBigDecimal("suggested_start"), rs.getBigDecimal("suggested_target"), rs.getString("suggested_unit"),
				state == null ? null : SuggestionState.valueOf(state), rs.getTimestamp("created_at").toInstant());
	}

}
