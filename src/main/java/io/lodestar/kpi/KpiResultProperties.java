package io.lodestar.kpi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When KPI results are computed ({@code lodestar.kpi.results.*}).
 *
 * @param inlineLimit a batch storing at most this many actuals computes its results before it returns (what
 * people entering values expect to see); a larger one leaves them to the background queue
 * @param claimTimeout a queued KPI claimed longer ago than this (its node died) is claimed again
 * @param queueInterval the pause between background rounds when nothing wakes the worker
 * @param settle a round waits until no batch has been queued on this node for this long, so that accepting a
 * stream of batches does not compete with computing their results (and one round covers more of them)
 * @param maxDelay but never longer than this: under a continuous stream a round still runs this often
 */
@ConfigurationProperties("lodestar.kpi.results")
record KpiResultProperties(Integer inlineLimit, Duration claimTimeout, Duration queueInterval, Duration settle,
		Duration maxDelay) {

	KpiResultProperties {
		inlineLimit = inlineLimit == null ? 200 : inlineLimit;
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
		queueInterval = queueInterval == null ? Duration.ofSeconds(5) : queueInterval;
		settle = settle == null ? Duration.ofMillis(300) : settle;
		maxDelay = maxDelay == null ? Duration.ofSeconds(5) : maxDelay;
	}

}
