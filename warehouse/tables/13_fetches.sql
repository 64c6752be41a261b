-- Every HTTP request a feed run made (feeds, robots.txt, pages), with its outcome: a failed
-- fetch is a row with its reason, never a failed run. A feed's latest ETag and Last-Modified
-- make the next request conditional; a page fetched once is not fetched again.
create table if not exists fetches (
    url           varchar not null,
    kind          varchar not null,   -- feed | page
    feed_url      varchar,            -- the feed that listed the page
    outcome       varchar not null,   -- fetched | not_modified | failed | disallowed
    http_status   integer,
    reason        varchar,            -- why it failed or was not fetched
    etag          varchar,
    last_modified varchar,
    path          varchar,            -- where the fetched page is stored (document_sources.path)
    entry         json,               -- the feed entry's context, for a page
    byte_size     bigint,
    fetched_at    timestamp with time zone not null,
    run_id        varchar not null
);
