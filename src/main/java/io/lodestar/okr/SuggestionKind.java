package io.lodestar.okr;

/** What a reviewer's suggestion proposes: a new key result, or a new target for an existing one. */
public enum SuggestionKind {

	ADD_KEY_RESULT, CHANGE_TARGET

}
