-- The keys the mart build fills, for warehouses created before the marts:
-- quotes.person_id (people) and figures.claim_id (claims).
alter table quotes add column if not exists person_id varchar;
alter table figures add column if not exists claim_id varchar;
