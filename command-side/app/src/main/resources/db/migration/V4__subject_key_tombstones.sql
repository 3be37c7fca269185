-- What an erasure leaves of a key: written in the transaction that deletes the key (and stores the
-- erasure event). A key id named in an event reads as [erased] only when it has a tombstone; a key
-- id with neither key nor tombstone was lost, and reading it fails, counted and logged.
create table subject_key_tombstones (
    key_id     varchar(36)  not null primary key,
    subject_id varchar(255) not null,
    owner_id   varchar(255) not null,
    erased_at  timestamptz  not null default now()
);

-- Keys erased before this migration left no tombstone. A key id that some event names, that is no
-- longer in subject_keys, and whose subject was erased by an erasure event stored after the key's
-- first use, was erased lawfully: it gets a tombstone dated by that erasure. The subject is read as
-- privacy/PersonalFields derives it: a relationship's contact when the event names a relationship
-- (erased by ContactPersonalDataErasedEvent), else a person; both owned by the student
-- (personId, else studentId) whom StudentPersonalDataErasedEvent erases. Any other missing key
-- cannot be told from a lost one, so it gets no tombstone: its reads fail and alarm until the key
-- is restored, or an operator who knows it was erased inserts its tombstone by hand.
insert into subject_key_tombstones (key_id, subject_id, owner_id, erased_at)
with encrypted as (
    select e.global_index, d.doc, m.found[1] as key_id
    from domain_event_entry e
    cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb as doc) d
    cross join lateral regexp_matches(
        convert_from(e.payload, 'UTF8'), 'enc:v1:([0-9a-f-]{36}):', 'g') as m (found)
    where position(convert_to('enc:v1:', 'UTF8') in e.payload) > 0
),
gone as (
    select key_id,
           min(global_index) as first_used,
           min(case when doc ->> 'relationshipId' is not null
                    then 'contact-' || (doc ->> 'relationshipId')
                    else 'person-' || coalesce(doc ->> 'personId', doc ->> 'studentId') end)
               as subject_id,
           min(coalesce(doc ->> 'personId', doc ->> 'studentId')) as owner_id,
           min(doc ->> 'relationshipId') as relationship_id
    from encrypted
    where not exists (select 1 from subject_keys k where k.key_id = encrypted.key_id)
    group by key_id
),
erasures as (
    select global_index,
           time_stamp::timestamptz as erased_at,
           case when payload_type = 'io.rapport.command.api.privacy.ContactPersonalDataErasedEvent'
                then convert_from(payload, 'UTF8')::jsonb ->> 'relationshipId' end
               as relationship_id,
           case when payload_type = 'io.rapport.command.api.privacy.StudentPersonalDataErasedEvent'
                then convert_from(payload, 'UTF8')::jsonb ->> 'studentId' end
               as student_id
    from domain_event_entry
    where payload_type in ('io.rapport.command.api.privacy.ContactPersonalDataErasedEvent',
                           'io.rapport.command.api.privacy.StudentPersonalDataErasedEvent')
)
select g.key_id, g.subject_id, g.owner_id, min(x.erased_at)
from gone g
join erasures x
  on x.global_index > g.first_used
 and (x.relationship_id = g.relationship_id or x.student_id = g.owner_id)
group by g.key_id, g.subject_id, g.owner_id;
