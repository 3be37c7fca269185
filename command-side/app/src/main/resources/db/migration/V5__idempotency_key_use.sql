-- When each idempotency key was first used, kept apart from the key's claim: the ids a request
-- with a key creates are derived from the key and this time, so that a repeat names the same
-- things, and a key used again after it expired names new ones instead of colliding with them.
create table idempotency_key_use (
    tenant_id       varchar(255) not null,
    user_id         varchar(255) not null,
    idempotency_key varchar(255) not null,
    first_use       timestamptz  not null,
    primary key (tenant_id, user_id, idempotency_key)
);

create index idempotency_key_use_first_use on idempotency_key_use (first_use);
