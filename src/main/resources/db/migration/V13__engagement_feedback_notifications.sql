-- Engagement: feedback threads and support requests (one thread table, kind FEEDBACK or SUPPORT) with their
-- append-only plain-text messages, and the in-app notification inbox.

-- A conversation about one employee, optionally about one of their goals (a KPI). Support requests move
-- OPEN -> RESOLVED (answered by the manager chain or HR) or CLOSED (by the employee); feedback stays OPEN.
create table engagement_thread (
    id                      uuid not null primary key,
    tenant_id               uuid not null,
    kind                    varchar(10) not null,
    employee_id             uuid not null,
    goal_id                 uuid,
    status                  varchar(10) not null,
    started_by_user_id      uuid not null,
    started_by_employee_id  uuid,
    started_by_name         varchar(100) not null,
    created_at              timestamp with time zone not null,
    last_message_at         timestamp with time zone not null,
    resolved_at             timestamp with time zone,
    resolved_by_employee_id uuid,
    resolved_by_name        varchar(100),
    constraint engagement_thread_tenant_id unique (tenant_id, id),
    constraint engagement_thread_employee_fk foreign key (tenant_id, employee_id) references people_employee (tenant_id, id),
    constraint engagement_thread_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id)
);
create index engagement_thread_by_employee on engagement_thread (tenant_id, employee_id, last_message_at);
create index engagement_thread_by_goal on engagement_thread (tenant_id, goal_id);
create index engagement_thread_by_status on engagement_thread (tenant_id, kind, status, last_message_at);

-- Messages are plain text (at most 2,000 characters; the column leaves room for UTF-16 surrogate pairs),
-- numbered within their thread so that the order is exact even within one millisecond.
create table engagement_message (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    thread_id          uuid not null,
    seq                int not null,
    author_user_id     uuid not null,
    author_employee_id uuid,
    author_name        varchar(100) not null,
    body               varchar(4000) not null,
    created_at         timestamp with time zone not null,
    constraint engagement_message_seq_unique unique (tenant_id, thread_id, seq),
    constraint engagement_message_thread_fk foreign key (tenant_id, thread_id) references engagement_thread (tenant_id, id)
);

-- In-app notifications, addressed to an employee (and to their account, if they have one, for later
-- delivery channels) or to an account without an employee record. The text is a message key with
-- arguments (a JSON array of strings), rendered in the reader's language; link is a path inside Lodestar.
create table engagement_notification (
    id                    uuid not null primary key,
    tenant_id             uuid not null,
    recipient_employee_id uuid,
    recipient_user_id     uuid,
    kind                  varchar(40) not null,
    message_key           varchar(200) not null,
    arguments             varchar(4000) not null,
    link                  varchar(500),
    created_at            timestamp with time zone not null,
    read_at               timestamp with time zone,
    constraint engagement_notification_recipient check (recipient_employee_id is not null or recipient_user_id is not null),
    constraint engagement_notification_employee_fk foreign key (tenant_id, recipient_employee_id) references people_employee (tenant_id, id)
);
create index engagement_notification_by_employee on engagement_notification (tenant_id, recipient_employee_id, created_at);
create index engagement_notification_by_user on engagement_notification (tenant_id, recipient_user_id, created_at);
