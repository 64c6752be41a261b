-- Counted once per article, coverage holds every quote and figure.
select in_coverage_quotes, in_quotes, in_coverage_figures, in_figures
from (select sum(quotes) as in_coverage_quotes, sum(figures) as in_coverage_figures
      from (select distinct article_id, quotes, figures from coverage)),
     (select count(*) as in_quotes from quotes),
     (select count(*) as in_figures from figures)
where in_coverage_quotes <> in_quotes or in_coverage_figures <> in_figures
