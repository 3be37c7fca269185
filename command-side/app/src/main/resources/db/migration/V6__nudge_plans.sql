-- The tokens of the processors whose work lives in this database, stored in the same transaction
-- as that work (Axon's JDBC token store; its claims spread segments over the nodes).
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- The nudges the nudge policy expects to send: one row per rule and subject (and recipient), with
-- the instant its rule counts from (anchor_at) and when it is due; due_at is null once the nudge
-- was sent or is no longer to be sent. The plan is built from the events, in the same transaction
-- as its processor's token.
create table nudge_plan (
    plan_key     varchar(512) not null primary key,
    tenant_id    varchar(255) not null,
    rule         varchar(64)  not null,
    recipient    varchar(16)  not null, -- STUDENT, COACH
    student_id   varchar(255),
    coach_id     varchar(255),
    subject_id   varchar(255) not null,
    relationship_id varchar(255),
    anchor_at    timestamptz  not null,
    cadence_days integer,
    request_no   bigint,
    due_at       timestamptz
);

create index nudge_plan_due on nudge_plan (due_at) where due_at is not null;
create index nudge_plan_subject on nudge_plan (subject_id);
create index nudge_plan_tenant_rule on nudge_plan (tenant_id, rule);

-- Each student's coach, as the plan needs it for nudges that go to the coach as well.
create table nudge_coach (
    tenant_id  varchar(255) not null,
    student_id varchar(255) not null,
    coach_id   varchar(255) not null,
    primary key (tenant_id, student_id)
);

-- Each person's time zone, for the plan of their Monday digest.
create table nudge_time_zone (
    user_id   varchar(255) not null primary key,
    time_zone varchar(64)  not null
);
