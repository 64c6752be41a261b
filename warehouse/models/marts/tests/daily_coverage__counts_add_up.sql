-- Every document, direct quote and figure is counted on exactly one day and outlet.
select in_days_documents, in_documents, in_days_quotes, in_quotes, in_days_figures, in_figures
from (select sum(documents) as in_days_documents, sum(direct_quotes) as in_days_quotes, sum(figures) as in_days_figures from daily_coverage),
     (select count(*) as in_documents from documents),
     (select count(*) as in_quotes from quotes where kind = 'direct'),
     (select count(*) as in_figures from figures)
where in_days_documents <> in_documents or in_days_quotes <> in_quotes or in_days_figures <> in_figures
