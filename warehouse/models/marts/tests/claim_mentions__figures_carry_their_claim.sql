-- figures.claim_id is set exactly for the figures in claim_mentions, to their claim.
select f.figure_id, f.claim_id, m.claim_id as mentioned_claim_id
from figures f full join claim_mentions m using (figure_id)
where f.claim_id is distinct from m.claim_id
