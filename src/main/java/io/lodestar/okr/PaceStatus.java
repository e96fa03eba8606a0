package io.lodestar.okr;

/** A key result's status against the pace expected by now; declared from best to worst. */
public enum PaceStatus {

	ON_TRACK, AT_RISK, OFF_TRACK

}
