-- Every mention of a claim allows a value inside the claim's range.
select m.claim_id, m.figure_id, m.text, c.value_low, c.value_high
from claim_mentions m join claims c using (claim_id)
where m.claim_high < c.value_low or m.claim_low > c.value_high
