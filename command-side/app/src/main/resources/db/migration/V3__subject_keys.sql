-- One key per data subject (a person, or a relationship's contact), owned by a student. Deleting a
-- row erases the subject's personal data in every event that was encrypted with it.
create table subject_keys (
    key_id     varchar(36)  not null primary key,
    subject_id varchar(255) not null unique,
    owner_id   varchar(255) not null,
    key_bytes  bytea        not null,
    created_at timestamptz  not null default now()
);

create index subject_keys_owner on subject_keys (owner_id);
