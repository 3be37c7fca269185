-- Idempotency keys, per tenant and user, written in the same transaction as the events of the
-- command they name: a key exists exactly when its command's events do.
create table idempotency_key (
    tenant_id       varchar(255) not null,
    user_id         varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(128) not null,
    created_at      timestamptz  not null default now(),
    -- the handler's result (Jackson, with its Java type) and the command's last event position
    result_type     varchar(1000),
    result          bytea,
    position        bigint       not null default 0,
    primary key (tenant_id, user_id, idempotency_key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
