select id as rep_id, from people where
