package io.lodestar.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long-running background work (imports, large appraisal computations) shows it is alive.
 *
 * @param heartbeat how often a node writes the heartbeat of the work it is doing
 * @param abandonAfter a heartbeat older than this means the node doing the work is gone (killed, crashed, cut
 * off); far above {@code heartbeat} so that a slow database or a long garbage collection is not taken for death
 * @param checkEvery how often every node looks for abandoned work (also once at start)
 */
@ConfigurationProperties("lodestar.background")
public record BackgroundWorkProperties(@DefaultValue("5s") Duration heartbeat,
		@DefaultValue("2m") Duration abandonAfter, @DefaultValue("30s") Duration checkEvery) {
}
