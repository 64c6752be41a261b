-- A figure's interval of compatible values is not empty, and holds its value.
select figure_id, text, value, claim_low, claim_high
from stg_figures
where claim_low > claim_high or (qualifier <> 'range' and value not between claim_low and claim_high)
