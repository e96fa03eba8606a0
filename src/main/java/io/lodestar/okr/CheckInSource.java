package io.lodestar.okr;

/** Where a check-in came from: a person on the page, or another system through the API. */
public enum CheckInSource {

	MANUAL, API

}
