package io.lodestar.recognition;

/** What an award brings besides the title: nothing, a bonus (an amount), a training opportunity or a project. */
public enum RewardKind {

	NONE, BONUS, TRAINING, OWNERSHIP;

	/** Training and ownership say what exactly in a short text. */
	public boolean needsDetail() {
		return this == TRAINING || this == OWNERSHIP;
	}

}
