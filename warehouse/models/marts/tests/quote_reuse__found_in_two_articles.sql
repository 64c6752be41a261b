-- A reused quotation is in two articles or more, and its first appearance is among its quotes.
select reuse_id, articles, first_quote_id
from quote_reuse
where articles < 2 or not list_contains(quote_ids, first_quote_id)
