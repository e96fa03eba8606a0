package io.lodestar.goals;

/** Life of a goal. Archived goals stay for history but leave lists and rollups. */
public enum GoalStatus {

	DRAFT, ACTIVE, CLOSED, ARCHIVED

}
