-- Numeric figures: the number with its qualifier words, normalised, with what it counts.
create table if not exists figures (
    figure_id    varchar not null,   -- unique: checked by its suite and `wirehouse check`, not by an index
    document_id  varchar not null,
    article_id   varchar not null,
    paragraph_id varchar not null,
    start_char   bigint not null,
    end_char     bigint not null,
    text         varchar not null,
    value        double,
    value_low    double,
    value_high   double,
    qualifier    varchar not null,  -- exact | approx | at_least | more_than | less_than | up_to | range | vague
    direction    varchar,           -- up | down
    unit         varchar,           -- measurement unit, currency, or the head noun of what is counted
    category     varchar not null,  -- count | money | percent | distance | duration | age | score | other
    predicate    varchar,
    unit_start   bigint,            -- document offsets of the unit words or counted noun phrase
    unit_end     bigint,
    counted      varchar,           -- for counts, the whole counted noun phrase ("public housing properties")
    score_first  bigint,            -- a score's sides in the order written ("28-17": 28, 17; value is null),
    score_second bigint             -- also odds and votes of that shape ("odds of 4-1", category other)
);
