package io.lodestar.okr;

/** A suggestion is open until the owner accepts or declines it. */
public enum SuggestionState {

	OPEN, ACCEPTED, DECLINED

}
