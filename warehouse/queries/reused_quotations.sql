-- Quotations found in several articles, and where each first appeared.
select left(text, 48) as quotation, speaker, articles, edited, first_file_name
from quote_reuse
order by articles desc, quotation
limit 5;
