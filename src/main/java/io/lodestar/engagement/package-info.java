/**
 * Engagement: feedback both ways and in-app notifications. Managers (the manager chain) and HR give feedback
 * on a person or on one of their KPIs and the employee replies ({@link io.lodestar.engagement.FeedbackManagement});
 * employees raise support requests on their KPIs that stay open for their managers until answered
 * ({@link io.lodestar.engagement.SupportRequests}); everyone has an inbox
 * ({@link io.lodestar.engagement.Notifications}), which later modules use to tell people things, delivered also
 * by email and to company group chats through an outbox
 * ({@link io.lodestar.engagement.NotificationDeliveries}).
 * Depends on goals, people, account (to address notifications to accounts), company and platform; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement")
package io.lodestar.engagement;
