-- Documents and articles that are copies or near-copies of each other.
select level, left_file_name, right_file_name, right_label, kind, jaccard, containment
from near_duplicates
order by level, left_id, right_id;
