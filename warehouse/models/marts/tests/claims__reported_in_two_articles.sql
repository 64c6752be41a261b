-- A claim is reported in two articles or more.
select claim_id, articles from claims where articles < 2
