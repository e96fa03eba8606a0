package io.lodestar.goals;

/** PUBLIC goals follow the normal rules of {@link GoalAccess}; PRIVATE ones only the owner's chain and HR see. */
public enum GoalVisibility {

	PUBLIC, PRIVATE

}
