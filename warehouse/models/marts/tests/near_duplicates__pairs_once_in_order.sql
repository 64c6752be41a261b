-- Each pair is listed once, its ids in order, and its similarities are shares.
select level, left_id, right_id, jaccard, containment
from near_duplicates
where left_id >= right_id
   or jaccard not between 0 and 1 or containment not between 0 and 1
   or (level, left_id, right_id) in (
       select (level, left_id, right_id) from near_duplicates group by all having count(*) > 1
   )
