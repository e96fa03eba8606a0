package io.lodestar.engagement.web;

/** Tags and examples of the engagement API (annotation values must be compile-time constants). */
final class EngagementApiDocs {

	static final String TAG_FEEDBACK = "Feedback";

	static final String TAG_SUPPORT = "Support requests";

	static final String TAG_NOTIFICATIONS = "Notifications";

	static final String THREAD = """
			{
			  "id": "3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c",
			  "employee": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			  "goal": {"id": "7a2d9e14-3c5b-4f6a-8e1d-2b3c4d5e6f70", "title": "月度销售额 50 万元"},
			  "startedBy": {"id": "5c8e1f2a-6b3d-4e7f-9a0b-1c2d3e4f5a6b", "name": "王强"},
			  "createdAt": "2026-05-06T02:15:00Z",
			  "lastMessageAt": "2026-05-06T03:40:12Z",
			  "messages": [
			    {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "sequence": 1,
			     "author": {"id": "5c8e1f2a-6b3d-4e7f-9a0b-1c2d3e4f5a6b", "name": "王强"},
			     "body": "你的销售额完成率已达80%，继续努力！", "createdAt": "2026-05-06T02:15:00Z"},
			    {"id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "sequence": 2,
			     "author": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			     "body": "谢谢！月底前我会跟进两个大客户。", "createdAt": "2026-05-06T03:40:12Z"}
			  ]
			}
			""";

	static final String SUPPORT = """
			{
			  "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
			  "status": "OPEN",
			  "employee": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			  "goal": {"id": "7a2d9e14-3c5b-4f6a-8e1d-2b3c4d5e6f70", "title": "月度销售额 50 万元"},
			  "startedBy": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			  "createdAt": "2026-05-07T01:00:00Z",
			  "lastMessageAt": "2026-05-07T01:00:00Z",
			  "messages": [
			    {"id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", "sequence": 1,
			     "author": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			     "body": "我需要更多的客户线索支持", "createdAt": "2026-05-07T01:00:00Z"}
			  ]
			}
			""";

	static final String SUMMARIES = """
			{
			  "items": [
			    {"id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "status": "OPEN",
			     "employee": {"id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111", "name": "李娜"},
			     "goal": {"id": "7a2d9e14-3c5b-4f6a-8e1d-2b3c4d5e6f70", "title": "月度销售额 50 万元"},
			     "startedBy": "李娜", "createdAt": "2026-05-07T01:00:00Z", "lastMessageAt": "2026-05-07T01:00:00Z",
			     "messageCount": 1, "opening": "我需要更多的客户线索支持"}
			  ],
			  "page": 0, "size": 20, "totalItems": 1, "totalPages": 1
			}
			""";

	static final String CREATE_FEEDBACK = """
			{"goalId": "7a2d9e14-3c5b-4f6a-8e1d-2b3c4d5e6f70", "message": "你的销售额完成率已达80%，继续努力！"}
			""";

	static final String CREATE_SUPPORT = """
			{"goalId": "7a2d9e14-3c5b-4f6a-8e1d-2b3c4d5e6f70", "message": "我需要更多的客户线索支持"}
			""";

	static final String REPLY = """
			{"message": "谢谢！月底前我会跟进两个大客户。"}
			""";

	static final String RESOLVE = """
			{"message": "市场部本周会转给你 20 条新线索。"}
			""";

	static final String NOTIFICATIONS = """
			{
			  "items": [
			    {"id": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a", "kind": "FEEDBACK",
			     "message": "王强 gave you feedback on \\"月度销售额 50 万元\\".",
			     "messageKey": "engagement.notification.feedback-on-goal", "arguments": ["王强", "月度销售额 50 万元"],
			     "link": "/feedback/3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c", "createdAt": "2026-05-06T02:15:00Z",
			     "readAt": null, "read": false}
			  ],
			  "page": 0, "size": 20, "totalItems": 1, "totalPages": 1
			}
			""";

	static final String NOTIFICATION = """
			{"id": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a", "kind": "FEEDBACK",
			 "message": "王强 gave you feedback on \\"月度销售额 50 万元\\".",
			 "messageKey": "engagement.notification.feedback-on-goal", "arguments": ["王强", "月度销售额 50 万元"],
			 "link": "/feedback/3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c", "createdAt": "2026-05-06T02:15:00Z",
			 "readAt": "2026-05-06T02:20:41Z", "read": true}
			""";

	private EngagementApiDocs() {
	}

}
